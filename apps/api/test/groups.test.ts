import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp, type TestClient } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const password = "member-password-1";

/** A signed-in user holding one role with these grants. */
async function userWith(username: string, grants: { permission: string; objectType?: string; objectId?: string }[]): Promise<{ id: string; client: TestClient }> {
  const admin = app.admin().api;
  const user = await createUserWithPassword(app, username, password);
  const role = await admin.roles.create.mutate({ name: `${username}-role` });
  for (const grant of grants) await admin.roles.assignPermission.mutate({ roleId: role.id, ...grant });
  await admin.users.assignRoles.mutate({ userId: user.id, roleIds: [role.id] });
  return { id: user.id, client: await app.signedIn(username, password) };
}

describe("groups", () => {
  it("creates, reads, lists, updates and deletes a group with parents and roles", async () => {
    const admin = app.admin().api;
    const role = await admin.roles.create.mutate({ name: "crud-viewer" });
    const parent = await admin.groups.create.mutate({ name: "crud-parent" });
    const group = await admin.groups.create.mutate({ name: "crud-child", parents: [parent.id], roles: [role.id], attributes: { team: "a" } });
    expect(group).toMatchObject({ name: "crud-child", isSuperuser: false, parents: [{ id: parent.id, name: "crud-parent" }], roles: [{ id: role.id, name: "crud-viewer" }], memberCount: 0, attributes: { team: "a" } });
    expect(await admin.groups.get.query({ id: group.id })).toEqual(group);

    const firstPage = await admin.groups.list.query({ search: "CRUD-", limit: 1 });
    expect(firstPage.items.map((item) => item.name)).toEqual(["crud-child"]);
    expect(firstPage.nextCursor).not.toBeNull();
    const secondPage = await admin.groups.list.query({ search: "crud-", limit: 1, cursor: firstPage.nextCursor });
    expect(secondPage.items.map((item) => item.name)).toEqual(["crud-parent"]);
    expect(secondPage.nextCursor).toBeNull();

    const updated = await admin.groups.update.mutate({ id: group.id, name: "crud-renamed", parents: [], roles: [] });
    expect(updated).toMatchObject({ name: "crud-renamed", parents: [], roles: [], attributes: { team: "a" } });
    expect(await admin.groups.delete.mutate({ ids: [group.id, parent.id] })).toEqual({ deleted: 2 });
    expect((await errorOf(admin.groups.get.query({ id: group.id }))).code).toBe("NOT_FOUND");
  });

  it("lists a group's child groups by parentId, a page at a time, and counts them on the parent", async () => {
    const admin = app.admin().api;
    const parent = await admin.groups.create.mutate({ name: "kids-parent" });
    const other = await admin.groups.create.mutate({ name: "kids-other-parent" });
    for (const name of ["kids-b", "kids-a", "kids-c"]) await admin.groups.create.mutate({ name, parents: [parent.id] });
    await admin.groups.create.mutate({ name: "kids-elsewhere", parents: [other.id] });
    expect((await admin.groups.get.query({ id: parent.id })).childCount).toBe(3);

    const firstPage = await admin.groups.list.query({ parentId: parent.id, limit: 2 });
    expect(firstPage.items.map((item) => item.name)).toEqual(["kids-a", "kids-b"]);
    const secondPage = await admin.groups.list.query({ parentId: parent.id, limit: 2, cursor: firstPage.nextCursor });
    expect(secondPage.items.map((item) => item.name)).toEqual(["kids-c"]);
    expect(secondPage.nextCursor).toBeNull();
    expect((await admin.groups.list.query({ parentId: parent.id, search: "B" })).items.map((item) => item.name)).toEqual(["kids-b"]);

    const invalid = await errorOf(admin.groups.list.query({ parentId: "not-a-uuid" }));
    expect(invalid.code).toBe("BAD_REQUEST");
    expect(invalid.data.fieldErrors).toEqual({ parentId: ["Enter a valid group id."] });
  });

  it("shows only the child groups a caller may view when it may view some groups only", async () => {
    const admin = app.admin().api;
    const parent = await admin.groups.create.mutate({ name: "seen-parent" });
    const visible = await admin.groups.create.mutate({ name: "seen-child", parents: [parent.id] });
    await admin.groups.create.mutate({ name: "unseen-child", parents: [parent.id] });
    const { client } = await userWith("child-viewer", [
      { permission: "view_group", objectType: "group", objectId: parent.id },
      { permission: "view_group", objectType: "group", objectId: visible.id },
    ]);
    expect((await client.api.groups.list.query({ parentId: parent.id })).items.map((item) => item.name)).toEqual(["seen-child"]);
  });

  it("refuses a duplicate name with a CONFLICT on the name field", async () => {
    const admin = app.admin().api;
    const group = await admin.groups.create.mutate({ name: "dup-a" });
    await admin.groups.create.mutate({ name: "dup-b" });
    for (const attempt of [() => admin.groups.create.mutate({ name: "dup-a" }), () => admin.groups.update.mutate({ id: group.id, name: "dup-b" })]) {
      const error = await errorOf(attempt());
      expect(error.code).toBe("CONFLICT");
      expect(error.data.fieldErrors).toEqual({ name: ["A group with this name already exists."] });
    }
  });

  it("refuses parents that do not exist", async () => {
    const error = await errorOf(app.admin().api.groups.create.mutate({ name: "orphan", parents: ["00000000-0000-4000-8000-000000000000"] }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors).toEqual({ parents: ["One or more of these parent groups do not exist."] });
  });

  it("refuses a cycle, naming it, and a group as its own parent", async () => {
    const admin = app.admin().api;
    const top = await admin.groups.create.mutate({ name: "cycle-top" });
    const middle = await admin.groups.create.mutate({ name: "cycle-middle", parents: [top.id] });
    const bottom = await admin.groups.create.mutate({ name: "cycle-bottom", parents: [middle.id] });
    const error = await errorOf(admin.groups.update.mutate({ id: top.id, parents: [bottom.id] }));
    expect(error.code).toBe("BAD_REQUEST");
    const message = 'This would create a cycle: "cycle-top" → "cycle-bottom" → "cycle-middle" → "cycle-top". A group cannot be its own ancestor.';
    expect(error.message).toBe(message);
    expect(error.data.fieldErrors).toEqual({ parents: [message] });
    const own = await errorOf(admin.groups.update.mutate({ id: top.id, parents: [top.id] }));
    expect(own.data.fieldErrors).toEqual({ parents: ["A group cannot be its own parent."] });
    expect((await admin.groups.get.query({ id: top.id })).parents).toEqual([]);
  });

  it("lists, adds and removes direct members", async () => {
    const admin = app.admin().api;
    const group = await admin.groups.create.mutate({ name: "members-group" });
    const zed = await createUserWithPassword(app, "members-zed", password);
    const amy = await createUserWithPassword(app, "members-amy", password, { name: "Amy" });
    expect(await admin.groups.addMembers.mutate({ groupId: group.id, userIds: [zed.id, amy.id] })).toEqual({ added: 2 });
    expect(await admin.groups.addMembers.mutate({ groupId: group.id, userIds: [zed.id] })).toEqual({ added: 0 });
    const page = await admin.groups.members.query({ groupId: group.id, limit: 1 });
    expect(page.items).toEqual([{ id: amy.id, username: "members-amy", name: "Amy", isActive: true }]);
    const rest = await admin.groups.members.query({ groupId: group.id, cursor: page.nextCursor });
    expect(rest.items.map((member) => member.username)).toEqual(["members-zed"]);
    expect((await admin.groups.get.query({ id: group.id })).memberCount).toBe(2);
    expect(await admin.groups.removeMembers.mutate({ groupId: group.id, userIds: [zed.id] })).toEqual({ removed: 1 });
    const missing = await errorOf(admin.groups.addMembers.mutate({ groupId: group.id, userIds: ["00000000-0000-4000-8000-000000000000"] }));
    expect(missing.data.fieldErrors).toEqual({ userIds: ["One or more of these users do not exist."] });
  });

  it("writes model events for each group mutation", async () => {
    const admin = app.admin().api;
    const group = await admin.groups.create.mutate({ name: "events-group" });
    await admin.groups.update.mutate({ id: group.id, attributes: { a: 1 } });
    await admin.groups.delete.mutate({ ids: [group.id] });
    const rows = await sql<{ action: string; context: { changes?: unknown } }>(app.database.fork(), "SELECT action, context FROM events WHERE context->>'pk' = ? ORDER BY created_at", [group.id]);
    expect(rows.map((row) => row.action)).toEqual(["model_created", "model_updated", "model_deleted"]);
    expect(rows[1]?.context.changes).toEqual({ attributes: { from: {}, to: { a: 1 } } });
  });
});

describe("super-user groups", () => {
  it("a delegated admin holding change_group cannot change the super-user flag or mint super-users", async () => {
    const admin = app.admin().api;
    const target = await admin.groups.create.mutate({ name: "delegated-target" });
    const supers = await admin.groups.create.mutate({ name: "delegated-supers", isSuperuser: true });
    const delegate = await userWith("delegate", [{ permission: "change_group" }, { permission: "add_group" }, { permission: "add_user_to_group" }]);
    const api = delegate.client.api;

    const flag = await errorOf(api.groups.update.mutate({ id: target.id, isSuperuser: true }));
    expect(flag.code).toBe("FORBIDDEN");
    expect(flag.message).toBe("Only a super-user can change whether a group is a super-user group.");
    expect((await errorOf(api.groups.create.mutate({ name: "delegated-new", isSuperuser: true }))).code).toBe("FORBIDDEN");
    const under = await errorOf(api.groups.update.mutate({ id: target.id, parents: [supers.id] }));
    expect(under).toMatchObject({ code: "FORBIDDEN", message: "Only a super-user can place a group under a super-user group." });
    expect((await errorOf(api.groups.addMembers.mutate({ groupId: supers.id, userIds: [delegate.id] }))).code).toBe("FORBIDDEN");
    expect((await admin.groups.get.query({ id: target.id })).isSuperuser).toBe(false);

    expect(await api.groups.update.mutate({ id: target.id, name: "delegated-renamed" })).toMatchObject({ name: "delegated-renamed", isSuperuser: false });
    expect(await admin.groups.update.mutate({ id: target.id, isSuperuser: true })).toMatchObject({ isSuperuser: true });
  });

  it("a member of a super-user group's child group passes every permission check", async () => {
    const admin = app.admin().api;
    const parent = await admin.groups.create.mutate({ name: "su-parent", isSuperuser: true });
    const child = await admin.groups.create.mutate({ name: "su-child", parents: [parent.id] });
    const user = await createUserWithPassword(app, "su-member", password);
    await admin.groups.addMembers.mutate({ groupId: child.id, userIds: [user.id] });
    const member = await app.signedIn("su-member", password);
    expect(await member.api.auth.me.query()).toMatchObject({ user: { isSuperuser: true }, permissions: ["*"] });
    expect((await member.api.users.list.query({})).items.length).toBeGreaterThan(0);
    expect(await member.api.roles.create.mutate({ name: "made-by-su-member" })).toMatchObject({ name: "made-by-su-member" });
    expect((await member.api.events.list.query({ limit: 1 })).items).toHaveLength(1);
    expect(await member.api.groups.update.mutate({ id: child.id, attributes: { ok: true } })).toMatchObject({ attributes: { ok: true } });
  });

  it("with withCount, the groups and roles lists count every match beyond the page, and only the groups a limited viewer may see", async () => {
    const admin = app.admin().api;
    for (const name of ["count-a", "count-b", "count-c"]) {
      await admin.groups.create.mutate({ name });
      await admin.roles.create.mutate({ name });
    }
    expect(await admin.groups.list.query({ search: "count-", limit: 1, withCount: true })).toMatchObject({ count: { value: 3, exact: true } });
    expect(await admin.roles.list.query({ search: "count-", limit: 1, withCount: true })).toMatchObject({ count: { value: 3, exact: true } });
    expect((await admin.groups.list.query({ search: "count-", limit: 1 })).count).toBeNull();
    const [first] = (await admin.groups.list.query({ search: "count-a" })).items;
    const viewer = await userWith("count-viewer", [{ permission: "view_group", objectType: "group", objectId: first?.id ?? "" }]);
    expect(await viewer.client.api.groups.list.query({ search: "count-", withCount: true })).toMatchObject({ items: [{ name: "count-a" }], count: { value: 1 } });
  });

  it("lists a user's groups with their parents, each with its id", async () => {
    const admin = app.admin().api;
    const parent = await admin.groups.create.mutate({ name: "listed-parent" });
    const group = await admin.groups.create.mutate({ name: "listed-child", parents: [parent.id] });
    const user = await createUserWithPassword(app, "listed-member", password);
    await admin.groups.addMembers.mutate({ groupId: group.id, userIds: [user.id] });
    expect((await admin.users.groups.query({ userId: user.id })).items).toEqual([{ id: group.id, name: "listed-child", isSuperuser: false, parents: [{ id: parent.id, name: "listed-parent" }] }]);
  });

  it("a user in group G whose parent P holds role R lists R under All as from P, inherited through G, and not under Assigned", async () => {
    const admin = app.admin().api;
    const role = await admin.roles.create.mutate({ name: "inherited-R" });
    const parent = await admin.groups.create.mutate({ name: "P", roles: [role.id] });
    const group = await admin.groups.create.mutate({ name: "G", parents: [parent.id] });
    const user = await createUserWithPassword(app, "inherits", password);
    await admin.groups.addMembers.mutate({ groupId: group.id, userIds: [user.id] });
    const roles = await admin.users.roles.query({ userId: user.id });
    expect(roles.assigned).toEqual([]);
    expect(roles.all).toEqual([{ role: { id: role.id, name: "inherited-R" }, inherited: true, via: ["G/P"], sources: [{ group: { id: parent.id, name: "P" }, through: [{ id: group.id, name: "G" }] }] }]);
  });
});

describe("per-object group permissions", () => {
  it("a role granted view_group and change_group on one group sees and edits that group only", async () => {
    const admin = app.admin().api;
    const mine = await admin.groups.create.mutate({ name: "object-mine" });
    const other = await admin.groups.create.mutate({ name: "object-other" });
    const { client } = await userWith("object-editor", [
      { permission: "view_group", objectType: "group", objectId: mine.id },
      { permission: "change_group", objectType: "group", objectId: mine.id },
    ]);
    expect((await client.api.groups.list.query({})).items.map((group) => group.name)).toEqual(["object-mine"]);
    expect((await client.api.groups.get.query({ id: mine.id })).name).toBe("object-mine");
    expect((await errorOf(client.api.groups.get.query({ id: other.id }))).code).toBe("FORBIDDEN");
    expect(await client.api.groups.update.mutate({ id: mine.id, attributes: { x: 1 } })).toMatchObject({ attributes: { x: 1 } });
    expect((await errorOf(client.api.groups.update.mutate({ id: other.id, attributes: { x: 1 } }))).code).toBe("FORBIDDEN");
  });
});
