import { describe, expect, it } from "vitest";
import { checkStageSettings, fixedDataProblem, invitationStatus, ZInvitationFixedData } from "../../src/index.js";

describe("an invitation's fixed data", () => {
  it("takes a path, attributes and groups", () => {
    expect(fixedDataProblem({ path: "users/contractors", attributes: { company: "acme" }, groups: ["contractors"] })).toBeNull();
    expect(fixedDataProblem({})).toBeNull();
  });

  it("refuses any other key by name, is_superuser first of all", () => {
    expect(fixedDataProblem({ is_superuser: true, groups: [] })).toEqual({ key: "", message: 'Fixed data may hold only path, attributes and groups, not "is_superuser".' });
    expect(fixedDataProblem({ isSuperuser: true, type: "internal" })?.message).toBe('Fixed data may hold only path, attributes and groups, not "isSuperuser", "type".');
  });

  it("names the key and the rule", () => {
    expect(fixedDataProblem({ path: "users//a" })).toEqual({ key: "path", message: "No empty segments in user path allowed." });
    expect(fixedDataProblem({ path: 3 })).toEqual({ key: "path", message: "Enter the folder as text, such as users/contractors." });
    expect(fixedDataProblem({ attributes: ["a"] })).toEqual({ key: "attributes", message: "Attributes must be an object (key: value pairs)." });
    expect(fixedDataProblem({ groups: ["a", " "] })).toEqual({ key: "groups", message: "Groups must be a list of group names." });
    expect(fixedDataProblem({ groups: Array.from({ length: 101 }, (_, index) => `g${index}`) })).toEqual({ key: "groups", message: "At most 100 groups." });
  });

  it("the API's schema reports the same problem under the key's path", () => {
    const checked = ZInvitationFixedData.safeParse({ path: "/users" });
    expect(checked.success ? [] : checked.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["path", "No leading or trailing slashes allowed."]]);
  });
});

describe("an invitation's status", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  it("is used once a single-use invitation was used, expired past its expiry, active otherwise", () => {
    expect(invitationStatus({ singleUse: true, usedAt: "2026-11-30T00:00:00Z", expires: null }, now)).toBe("used");
    expect(invitationStatus({ singleUse: false, usedAt: "2026-11-30T00:00:00Z", expires: null }, now)).toBe("active");
    expect(invitationStatus({ singleUse: true, usedAt: null, expires: "2026-12-01T11:59:59Z" }, now)).toBe("expired");
    expect(invitationStatus({ singleUse: true, usedAt: null, expires: "2026-12-02T00:00:00Z" }, now)).toBe("active");
  });
});

describe("enrollment stage settings", () => {
  it("user_write keeps updating the proven user unless told to create one", () => {
    expect(checkStageSettings("user_write", {})).toEqual({
      settings: { userCreationMode: "never_create", userType: "external", userPathTemplate: "", createUsersAsInactive: false, createUsersGroups: [] },
    });
    expect(checkStageSettings("user_write", { userPathTemplate: "a//b" })).toMatchObject({ issues: [{ path: ["userPathTemplate"], message: "No empty segments in user path allowed." }] });
    expect(checkStageSettings("invitation", {})).toEqual({ settings: { continueWithoutInvitation: false } });
  });
});
