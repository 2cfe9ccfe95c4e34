import { describe, expect, it } from "vitest";
import type { TFlowChallenge } from "@roster/core";
import { challengeForm, challengeOf, deniedMessageOf, flowResponse, identifierLabel, retainedValues } from "../src/lib/flow-form";

function challenge(overrides: Partial<TFlowChallenge>): TFlowChallenge {
  return { type: "challenge", component: "identification", flow: { slug: "default-authentication-flow", title: "Welcome" }, pendingUser: null, ...overrides };
}

describe("challengeForm", () => {
  it("asks for a username or email at identification", () => {
    const form = challengeForm(challenge({ userFields: ["username", "email"], flow: { slug: "default-authentication-flow", title: "Sign in", designation: "authentication" } }));
    expect(form.fields).toEqual([{ name: "uid", label: "Username or email", type: "text", autocomplete: "username", required: true }]);
    expect(form.submitLabel).toBe("Log in");
  });

  it("continues rather than logs in when a recovery flow asks who you are", () => {
    const form = challengeForm(challenge({ userFields: ["username", "email"], flow: { slug: "recovery", title: "Reset your password", designation: "recovery" } }));
    expect(form.submitLabel).toBe("Continue");
  });

  it("uses an email input when only email identifies", () => {
    expect(challengeForm(challenge({ userFields: ["email"] })).fields[0]?.type).toBe("email");
  });

  it("offers 'Not you?' at the password stage once a user is known", () => {
    const form = challengeForm(challenge({ component: "password", pendingUser: "alice" }));
    expect(form.showNotYou).toBe(true);
    expect(form.fields.map((field) => field.autocomplete)).toEqual(["current-password"]);
  });

  it("renders prompt fields in order, new passwords as such", () => {
    const form = challengeForm(
      challenge({
        component: "prompt",
        fields: [
          { name: "password", label: "New password", type: "password", required: true },
          { name: "email", label: "Email", type: "email", required: false },
        ],
      }),
    );
    expect(form.fields.map((field) => [field.name, field.autocomplete, field.required])).toEqual([
      ["password", "new-password", true],
      ["email", "email", false],
    ]);
  });

  it("only informs at the email stage", () => {
    const form = challengeForm(challenge({ component: "email" }));
    expect(form.submitLabel).toBeNull();
    expect(form.message).toMatch(/inbox/);
  });

  it("answers consent with accept", () => {
    expect(flowResponse(challengeForm(challenge({ component: "consent" })), {})).toEqual({ accept: true });
  });
});

describe("flowResponse", () => {
  it("trims identifiers but never passwords", () => {
    expect(flowResponse(challengeForm(challenge({})), { uid: " alice " })).toEqual({ uid: "alice" });
    expect(flowResponse(challengeForm(challenge({ component: "password" })), { password: " secret " })).toEqual({ password: " secret " });
  });
});

describe("identifierLabel", () => {
  it("follows the accepted identifiers", () => {
    expect(identifierLabel(["username"])).toBe("Username");
    expect(identifierLabel(undefined)).toBe("Username or email");
  });
});

describe("results", () => {
  it("picks the challenge or the refusal out of a result", () => {
    expect(challengeOf({ type: "redirect", to: "/" })).toBeNull();
    expect(challengeOf(challenge({}))?.component).toBe("identification");
    expect(deniedMessageOf({ type: "denied", message: "Flow does not apply to current user." })).toBe("Flow does not apply to current user.");
  });
});

describe("a refused prompt answer", () => {
  const prompt = {
    type: "challenge" as const,
    component: "prompt" as const,
    flow: { slug: "default-enrollment-flow", title: "Create your account" },
    pendingUser: null,
    fields: [
      { name: "username", label: "Username", type: "text" as const, required: true },
      { name: "password", label: "Password", type: "password" as const, required: true },
    ],
  };
  const submitted = { component: "prompt", values: { username: "admin", password: "secret-1" } };

  it("keeps what was typed, except passwords", () => {
    expect(retainedValues({ ...prompt, fieldErrors: { username: ["A user with this username already exists."] } }, submitted)).toEqual({ username: "admin" });
  });

  it("starts empty on a new stage or without an error", () => {
    expect(retainedValues(prompt, submitted)).toEqual({});
    expect(retainedValues({ ...prompt, component: "identification", error: "x" }, submitted)).toEqual({});
  });
});
