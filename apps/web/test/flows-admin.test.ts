import { describe, expect, it } from "vitest";
import { designationLabel, labelOptions, stageTypeLabel, stageTypeLabels } from "../src/lib/flow-labels";
import { blueprintFileName, importProblems, stagesChangedByImport } from "../src/lib/flow-import";
import { deleteFlowsConfirmation, deleteStagesConfirmation } from "../src/lib/flow-texts";
import { formatSettings, parseSettings, settingsSummary } from "../src/lib/settings-text";
import { moveItem, removeAt, sameOrder } from "../src/lib/stage-order";

describe("a flow's stage list", () => {
  it("moves a stage up and down, and not past either end", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("removes one stage and tells a changed order from the saved one", () => {
    expect(removeAt(["a", "b", "c"], 1)).toEqual(["a", "c"]);
    expect(sameOrder(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameOrder(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameOrder(["a"], ["a", "b"])).toBe(false);
  });
});

describe("stage settings text", () => {
  it("accepts YAML or JSON objects, and empty text as {}", () => {
    expect(parseSettings("subject: Hi\ntokenExpiryMinutes: 10")).toEqual({ ok: true, value: { subject: "Hi", tokenExpiryMinutes: 10 } });
    expect(parseSettings('{"userFields": ["email"]}')).toEqual({ ok: true, value: { userFields: ["email"] } });
    expect(parseSettings("  ")).toEqual({ ok: true, value: {} });
  });

  it("names what is wrong with other text", () => {
    expect(parseSettings("- a\n- b")).toEqual({ ok: false, message: "Settings must be an object (key: value pairs), not a list or a single value." });
    const broken = parseSettings("a: [1, 2");
    expect(broken.ok).toBe(false);
  });

  it("shows settings as YAML and as a one-line summary", () => {
    expect(formatSettings({})).toBe("{}");
    expect(formatSettings({ userFields: ["username", "email"] })).toBe("userFields:\n  - username\n  - email");
    expect(settingsSummary({ subject: "Reset", tokenExpiryMinutes: 30 })).toBe("subject: Reset, tokenExpiryMinutes: 30");
    expect(settingsSummary({ subject: "x".repeat(100) }, 20)).toHaveLength(20);
    expect(settingsSummary({ userFields: ["username", "email"] })).toBe("userFields: username + email");
    expect(settingsSummary({ fields: [{ name: "password", type: "password" }, { name: "password_repeat" }] })).toBe("fields: password + password_repeat");
  });
});

describe("flow labels and import", () => {
  it("names designations and stage types, and passes unknown ones through", () => {
    expect(designationLabel("recovery")).toBe("Recovery");
    expect(designationLabel("legacy")).toBe("legacy");
    expect(stageTypeLabel("user_write")).toBe("User write");
    expect(labelOptions(stageTypeLabels)[0]).toEqual({ value: "identification", label: "Identification" });
  });

  it("lists every problem of a refused blueprint, else the message", () => {
    const lines = ["Line 3: flow.slug: Required", "Line 9: stages[0].type: Unknown stage type \"nope\""];
    expect(importProblems({ message: lines[0] ?? "", code: "BAD_REQUEST", fieldErrors: { yaml: lines }, queryError: null })).toEqual(lines);
    expect(importProblems({ message: "Forbidden", code: "FORBIDDEN", fieldErrors: {}, queryError: null })).toEqual(["Forbidden"]);
  });

  it("names the downloaded blueprint after the flow", () => {
    expect(blueprintFileName("default-recovery-flow")).toBe("default-recovery-flow.yaml");
    expect(blueprintFileName("a b/c")).toBe("a-b-c.yaml");
  });
});

describe("delete confirmations", () => {
  it("names the flows and the brands that use them", () => {
    const text = deleteFlowsConfirmation([{ slug: "default-recovery-flow", brands: [{ domain: "roster.example" }] }]);
    expect(text.title).toBe("Delete flow");
    expect(text.consequence).toContain("Delete 1 flow: default-recovery-flow?");
    expect(text.consequence).toContain("It is used by 1 brand (roster.example)");
    expect(deleteFlowsConfirmation([{ slug: "a", brands: [] }, { slug: "b", brands: [] }]).consequence).not.toContain("used by");
  });

  it("names the stages and the flows they are bound to", () => {
    const text = deleteStagesConfirmation([{ name: "s1", flows: [{ slug: "f" }] }, { name: "s2", flows: [] }]);
    expect(text.title).toBe("Delete stages");
    expect(text.consequence).toContain("Delete 2 stages: s1 and s2?");
    expect(text.consequence).toContain("bound to 1 flow (f)");
  });
});

describe("an import that changes existing stages", () => {
  it("names each stage it changes and the other flows that use it, and nothing it creates or keeps", () => {
    const plan = {
      flow: { slug: "default-authentication-flow", action: "change" as const },
      stages: [
        { name: "default-authentication-password", type: "password", action: "keep" as const, otherFlows: [] },
        { name: "default-authentication-mfa-validation", type: "authenticator_validate", action: "change" as const, otherFlows: [{ slug: "vpn-login", name: "VPN login" }, { slug: "kiosk", name: "Kiosk" }] },
        { name: "shared-identification", type: "identification", action: "change" as const, otherFlows: [] },
        { name: "brand-new", type: "prompt", action: "create" as const, otherFlows: [] },
      ],
    };
    expect(stagesChangedByImport(plan)).toEqual(["default-authentication-mfa-validation — also used by VPN login, Kiosk", "shared-identification"]);
  });
});
