import { describe, expect, it } from "vitest";
import { blueprintIssueText, checkBlueprint, formatIssuePath } from "../../src/index.js";

const recovery = {
  version: 1,
  flow: { slug: "recovery", name: "Recovery", designation: "recovery" },
  stages: [
    { name: "recovery-identification", type: "identification", settings: { userFields: ["email"] } },
    { name: "recovery-email", type: "email" },
    { name: "recovery-login", type: "user_login", settings: {} },
  ],
};

function issuesOf(data: unknown): { path: string; message: string }[] {
  const checked = checkBlueprint(data);
  if (!("issues" in checked)) throw new Error("Expected issues.");
  return checked.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

describe("checkBlueprint", () => {
  it("accepts a blueprint and fills in the title and each stage's default settings", () => {
    expect(checkBlueprint(recovery)).toEqual({
      blueprint: {
        version: 1,
        flow: { slug: "recovery", name: "Recovery", title: "", designation: "recovery" },
        stages: [
          { name: "recovery-identification", type: "identification", settings: { userFields: ["email"] } },
          { name: "recovery-email", type: "email", settings: { subject: "Reset your password", tokenExpiryMinutes: 30, template: "recovery" } },
          { name: "recovery-login", type: "user_login", settings: {} },
        ],
      },
    });
  });

  it("says Required for a missing or empty value", () => {
    expect(issuesOf({ ...recovery, flow: { name: "Recovery", designation: "recovery" } })).toEqual([{ path: "flow.slug", message: "Required" }]);
    expect(issuesOf({ ...recovery, flow: { ...recovery.flow, slug: null } })).toEqual([{ path: "flow.slug", message: "Required" }]);
  });

  it("names an unknown stage type, an unknown field and a stage listed twice", () => {
    const stages = [{ name: "a", type: "emial" }, { name: "b", type: "password", settings: { extra: true } }, { name: "a", type: "password" }];
    expect(issuesOf({ ...recovery, stages })).toEqual([
      { path: "stages[0].type", message: 'Unknown stage type "emial"' },
      { path: "stages[1].settings.extra", message: "Unknown field" },
      { path: "stages[2].name", message: 'Stage "a" is already listed as stages[0]; a stage can be bound only once in a flow' },
    ]);
  });

  it("checks the settings of each stage even when the flow is wrong", () => {
    const stages = [{ name: "mail", type: "email", settings: { tokenExpiryMinutes: 0 } }];
    expect(issuesOf({ version: 2, flow: { ...recovery.flow, designation: "login" }, stages })).toEqual([
      { path: "version", message: "Only version 1 blueprints are supported" },
      { path: "flow.designation", message: 'Invalid option: expected one of "authentication"|"recovery"|"invalidation"|"authorization"|"stage_configuration"|"enrollment"' },
      { path: "stages[0].settings.tokenExpiryMinutes", message: "The link must be valid for at least a minute." },
    ]);
  });

  it("refuses anything but a mapping", () => {
    for (const data of [null, "text", [], 1]) expect(issuesOf(data)).toEqual([{ path: "", message: "A blueprint is a YAML mapping with version, flow and stages" }]);
  });
});

describe("blueprintIssueText", () => {
  it("prints the path, the message without its full stop, and the line", () => {
    expect(blueprintIssueText({ path: ["stages", 1, "type"], message: 'Unknown stage type "emial"' }, 14)).toBe('stages[1].type: Unknown stage type "emial" (line 14).');
    expect(blueprintIssueText({ path: ["stages", 0, "settings", "subject"], message: "The subject may not be blank." }, 9)).toBe(
      "stages[0].settings.subject: The subject may not be blank (line 9).",
    );
    expect(blueprintIssueText({ path: [], message: "A blueprint is a YAML mapping" }, null)).toBe("A blueprint is a YAML mapping.");
  });
});
