import { describe, expect, it } from "vitest";
import { PermissionSet } from "../../src/index.js";

describe("permission sets", () => {
  const user = { type: "user", id: "7d3c0c4e-0000-4000-8000-000000000001" };
  const other = { type: "user", id: "7d3c0c4e-0000-4000-8000-000000000002" };

  it("a super-user holds every permission", () => {
    const set = new PermissionSet(true, []);
    expect(set.has("delete_user")).toBe(true);
    expect(set.has("impersonate", user)).toBe(true);
    expect(set.list()).toEqual(["*"]);
  });

  it("a grant on one object covers that object only", () => {
    const set = new PermissionSet(false, [{ codename: "change_user", objectType: "user", objectId: user.id }]);
    expect(set.has("change_user", user)).toBe(true);
    expect(set.has("change_user", other)).toBe(false);
    expect(set.has("change_user")).toBe(false);
    expect(set.hasAny("change_user")).toBe(true);
    expect(set.objectIds("change_user", "user")).toEqual([user.id]);
  });

  it("a global grant covers every object", () => {
    const set = new PermissionSet(false, [{ codename: "view_user", objectType: null, objectId: null }]);
    expect(set.has("view_user", other)).toBe(true);
    expect(set.list()).toEqual(["view_user"]);
  });

  it("scopes a list's rows: every row with a global grant or for a super-user, else the objects granted on", () => {
    const global = new PermissionSet(false, [{ codename: "view_group", objectType: null, objectId: null }]);
    const onOne = new PermissionSet(false, [{ codename: "view_group", objectType: "group", objectId: user.id }, { codename: "view_role", objectType: "role", objectId: other.id }]);
    expect(global.scope("view_group", "group")).toBeNull();
    expect(new PermissionSet(true, []).scope("view_group", "group")).toBeNull();
    expect(onOne.scope("view_group", "group")).toEqual([user.id]);
    expect(onOne.scope("view_flow", "flow")).toEqual([]);
  });
});
