import { describe, expect, it } from "vitest";
import type { TFlowChallenge } from "@roster/core";
import { authenticatorsConfirmation } from "../src/lib/authenticator-texts";
import { challengeForm } from "../src/lib/flow-form";
import { recoveryCodesFile } from "../src/lib/recovery-codes";

function challenge(overrides: Partial<TFlowChallenge>): TFlowChallenge {
  return { type: "challenge", component: "authenticator_validate", flow: { slug: "default-authentication-flow", title: "Welcome" }, pendingUser: "pia", ...overrides };
}

describe("the MFA challenges as forms", () => {
  it("asks an authenticator app user for a numeric code", () => {
    const form = challengeForm(challenge({ deviceChallenges: [{ deviceClass: "totp" }] }));
    expect(form.fields).toEqual([{ name: "code", label: "Code from your authenticator app", type: "text", autocomplete: "one-time-code", required: true, inputMode: "numeric" }]);
    expect(form.message).toBe("Enter a code to finish signing in.");
    expect(form.showNotYou).toBe(true);
  });

  it("takes a recovery code in the same field, not only digits", () => {
    const form = challengeForm(challenge({ deviceChallenges: [{ deviceClass: "totp" }, { deviceClass: "static" }] }));
    expect(form.fields[0]?.label).toBe("Code from your authenticator app, or a recovery code");
    expect(form.fields[0]?.inputMode).toBeUndefined();
  });

  it("has no code field when only a passkey can answer (the passkey button submits)", () => {
    const form = challengeForm(challenge({ deviceChallenges: [{ deviceClass: "webauthn", authentication: { challenge: "abc" } }] }));
    expect(form.fields).toEqual([]);
    expect(form.submitLabel).toBeNull();
    expect(form.message).toBe("Use your passkey to finish signing in.");
  });

  it("confirms an authenticator app setup with a code, recovery codes with a plain Continue", () => {
    expect(challengeForm(challenge({ component: "authenticator_totp", secret: "JBSWY3DPEHPK3PXP" })).submitLabel).toBe("Verify");
    const codes = challengeForm(challenge({ component: "authenticator_static", codes: ["abcde-fghij"] }));
    expect(codes).toMatchObject({ fields: [], submitLabel: "I have saved these codes", fixedResponse: {} });
    expect(challengeForm(challenge({ component: "authenticator_webauthn", registration: {} })).submitLabel).toBeNull();
  });
});

describe("MFA texts", () => {
  it("names the devices and whose they are before removing them", () => {
    expect(authenticatorsConfirmation("pia", ["Passkey"]).consequence).toBe("Remove 1 authenticator of pia: Passkey? pia's next sign-in no longer asks for it.");
    expect(authenticatorsConfirmation(null, ["Work phone", "Recovery codes"])).toMatchObject({ title: "Remove authenticators", confirmLabel: "Remove" });
  });

  it("writes the recovery codes file one code a line", () => {
    expect(recoveryCodesFile(["abcde-fghij", "klmno-pqrst"], "pia", "roster.example.com").split("\n")).toEqual([
      "Roster recovery codes for pia (roster.example.com)",
      "Each code works once, in place of a code from your authenticator app.",
      "",
      "abcde-fghij",
      "klmno-pqrst",
      "",
    ]);
  });
});
