import type { TGroup } from "@roster/core";
import { describe, expect, it } from "vitest";
import { deleteGroupsConfirmation, deletedToast, deleteRolesConfirmation, deleteTokensConfirmation, removeMembersConfirmation } from "../src/lib/directory-texts";
import { groupCreateInput, groupFormFrom, groupUpdateInput, newGroupForm, toggleRef } from "../src/lib/group-form";
import { readTab, roleTabs, tabParam } from "../src/lib/detail-tabs";

const group: TGroup = {
  id: "00000000-0000-4000-8000-000000000001",
  name: "eng",
  isSuperuser: false,
  parents: [{ id: "00000000-0000-4000-8000-000000000002", name: "staff" }],
  roles: [],
  memberCount: 3,
  childCount: 0,
  attributes: { team: "web" },
};

describe("group form", () => {
  it("creates a group with parent and role ids and parsed attributes", () => {
    const values = { ...newGroupForm(), name: " ops ", parents: [{ id: "p", name: "staff" }], attributes: "floor: 2" };
    expect(groupCreateInput(values)).toEqual({ ok: true, input: { name: "ops", parents: ["p"], roles: [], isSuperuser: false, attributes: { floor: 2 } } });
  });

  it("refuses attributes that are not an object", () => {
    expect(groupCreateInput({ ...newGroupForm(), name: "ops", attributes: "- a" })).toMatchObject({ ok: false });
  });

  it("updates only what changed, so unchanged parents are not sent", () => {
    const values = { ...groupFormFrom(group), name: "engineering" };
    expect(groupUpdateInput(group, values)).toEqual({ ok: true, input: { id: group.id, name: "engineering" } });
    const moved = { ...groupFormFrom(group), parents: [] };
    expect(groupUpdateInput(group, moved)).toEqual({ ok: true, input: { id: group.id, parents: [] } });
  });

  it("toggles a picked group in and out", () => {
    const ref = { id: "a", name: "a" };
    expect(toggleRef([], ref)).toEqual([ref]);
    expect(toggleRef([ref], ref)).toEqual([]);
  });
});

describe("confirmations name what will be lost", () => {
  it("names the groups being deleted", () => {
    expect(deleteGroupsConfirmation(["eng", "ops"]).consequence).toContain("Delete 2 groups: eng and ops?");
    expect(deleteGroupsConfirmation(["eng"]).title).toBe("Delete group");
  });

  it("counts what deleting roles takes away", () => {
    const text = deleteRolesConfirmation([{ name: "auditors", permissionCount: 3, userCount: 1, groupCount: 2 }]).consequence;
    expect(text).toContain("Delete 1 role: auditors?");
    expect(text).toContain("3 permission grants");
    expect(text).toContain("1 user and 2 groups");
  });

  it("names tokens and members", () => {
    expect(deleteTokensConfirmation(["ci"]).consequence).toContain("Delete 1 token: ci?");
    expect(removeMembersConfirmation("eng", ["alice", "bob"]).consequence).toContain("Remove 2 users from eng: alice and bob?");
  });

  it("says what was deleted", () => {
    expect(deletedToast("group", ["eng"], 1)).toBe("Group eng deleted");
    expect(deletedToast("group", ["eng", "ops"], 2)).toBe("2 groups deleted");
  });
});

describe("detail tabs", () => {
  it("reads the tab from the URL and keeps the first one out of it", () => {
    expect(readTab(roleTabs, "members")).toBe("members");
    expect(readTab(roleTabs, "nope")).toBe("permissions");
    expect(readTab(roleTabs, undefined)).toBe("permissions");
    expect(tabParam(roleTabs, "permissions")).toBeUndefined();
    expect(tabParam(roleTabs, "members")).toBe("members");
  });
});
