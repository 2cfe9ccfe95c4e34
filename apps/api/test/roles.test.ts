import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permissionCodenames } from "@roster/core";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const password = "role-user-password-1";

describe("roles", () => {
  it("creates, reads, lists, renames and deletes a role, with its counts and members", async () => {
    const admin = app.admin().api;
    const role = await admin.roles.create.mutate({ name: "crud-role" });
    expect(role).toMatchObject({ name: "crud-role", permissionCount: 0, userCount: 0, groupCount: 0 });
    const user = await createUserWithPassword(app, "crud-role-user", password);
    await admin.users.assignRoles.mutate({ userId: user.id, roleIds: [role.id] });
    const group = await admin.groups.create.mutate({ name: "crud-role-group", roles: [role.id] });
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "view_user" });
    expect(await admin.roles.get.query({ id: role.id })).toMatchObject({ permissionCount: 1, userCount: 1, groupCount: 1 });
    expect(await admin.roles.members.query({ roleId: role.id })).toEqual({ users: [{ id: user.id, username: "crud-role-user" }], groups: [{ id: group.id, name: "crud-role-group" }] });

    await admin.roles.create.mutate({ name: "crud-role-2" });
    const page = await admin.roles.list.query({ search: "crud-role", limit: 1 });
    expect(page.items.map((item) => item.name)).toEqual(["crud-role"]);
    const next = await admin.roles.list.query({ search: "crud-role", cursor: page.nextCursor });
    expect(next.items.map((item) => item.name)).toEqual(["crud-role-2"]);

    expect(await admin.roles.update.mutate({ id: role.id, name: "crud-role-renamed" })).toMatchObject({ name: "crud-role-renamed" });
    const conflict = await errorOf(admin.roles.update.mutate({ id: role.id, name: "crud-role-2" }));
    expect(conflict).toMatchObject({ code: "CONFLICT", data: { fieldErrors: { name: ["A role with this name already exists."] } } });
    expect(await admin.roles.delete.mutate({ ids: [role.id] })).toEqual({ deleted: 1 });
    expect((await errorOf(admin.roles.get.query({ id: role.id }))).code).toBe("NOT_FOUND");
    expect((await admin.groups.get.query({ id: group.id })).roles).toEqual([]);
  });

  it("lists every permission codename with its description and model", async () => {
    const { items } = await app.admin().api.permissions.list.query();
    expect(items.map((item) => item.codename)).toEqual([...permissionCodenames]);
    expect(items).toContainEqual({ codename: "change_user", description: "Can change user", model: "user" });
    expect(items).toContainEqual({ codename: "add_user_to_group", description: "Can add user to group", model: "group" });
  });
});

describe("role permissions", () => {
  it("grants global and object permissions, naming each object, idempotently, and revokes them", async () => {
    const admin = app.admin().api;
    const role = await admin.roles.create.mutate({ name: "grants-role" });
    const target = await createUserWithPassword(app, "grants-target", password);
    const group = await admin.groups.create.mutate({ name: "grants-group" });
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "view_user" });
    const first = await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "change_user", objectType: "user", objectId: target.id });
    const again = await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "change_user", objectType: "user", objectId: target.id });
    expect(again).toEqual(first);
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "view_group", objectType: "group", objectId: group.id });
    const { items } = await admin.roles.permissions.query({ roleId: role.id });
    expect(items.map(({ id: _id, ...rest }) => rest)).toEqual([
      { codename: "change_user", description: "Can change user", objectType: "user", objectId: target.id, objectName: "grants-target" },
      { codename: "view_group", description: "Can view group", objectType: "group", objectId: group.id, objectName: "grants-group" },
      { codename: "view_user", description: "Can view user", objectType: null, objectId: null, objectName: null },
    ]);
    expect(await admin.roles.unassignPermission.mutate({ roleId: role.id, permission: "change_user", objectType: "user", objectId: target.id })).toEqual({ removed: 1 });
    expect(await admin.roles.unassignPermission.mutate({ roleId: role.id, permission: "change_user", objectType: "user", objectId: target.id })).toEqual({ removed: 0 });
    expect((await admin.roles.get.query({ id: role.id })).permissionCount).toBe(2);
  });

  it("explains an invalid grant with field errors", async () => {
    const admin = app.admin().api;
    const role = await admin.roles.create.mutate({ name: "invalid-grants" });
    const cases: [Parameters<typeof admin.roles.assignPermission.mutate>[0], Record<string, string[]>][] = [
      [{ roleId: role.id, permission: "x" }, { permission: ['Unknown permission "x".'] }],
      [{ roleId: role.id, permission: "change_user", objectType: "user" }, { objectId: ["Give both an object type and an object id, or neither."] }],
      [{ roleId: role.id, permission: "change_user", objectId: role.id }, { objectType: ["Give both an object type and an object id, or neither."] }],
      [
        { roleId: role.id, permission: "view_token", objectType: "token", objectId: role.id },
        { objectType: ["Permissions cannot be granted on objects of type \"token\". Choose one of: user, group, role, application, brand, flow, dataexport."] },
      ],
      [{ roleId: role.id, permission: "change_group", objectType: "user", objectId: role.id }, { objectType: ['"change_group" cannot be granted on a user; grant it on a group or globally.'] }],
      [{ roleId: role.id, permission: "change_user", objectType: "user", objectId: role.id }, { objectId: ["This user does not exist."] }],
    ];
    for (const [input, fieldErrors] of cases) {
      const error = await errorOf(admin.roles.assignPermission.mutate(input));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.data.fieldErrors).toEqual(fieldErrors);
    }
    expect((await admin.roles.get.query({ id: role.id })).permissionCount).toBe(0);
  });

  it("a role granted change_user on one user object can edit that user and no other", async () => {
    const admin = app.admin().api;
    const editable = await createUserWithPassword(app, "editable", password);
    const untouchable = await createUserWithPassword(app, "untouchable", password);
    const editor = await createUserWithPassword(app, "object-editor", password);
    const role = await admin.roles.create.mutate({ name: "edits-one-user" });
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "change_user", objectType: "user", objectId: editable.id });
    await admin.users.assignRoles.mutate({ userId: editor.id, roleIds: [role.id] });

    const client = await app.signedIn("object-editor", password);
    expect(await client.api.users.update.mutate({ id: editable.id, name: "Edited" })).toMatchObject({ name: "Edited" });
    const refused = await errorOf(client.api.users.update.mutate({ id: untouchable.id, name: "Edited" }));
    expect(refused.code).toBe("FORBIDDEN");
    expect((await errorOf(client.api.users.list.query({}))).code).toBe("FORBIDDEN");
  });

  it("a role editor without assign_role_permissions cannot grant permissions", async () => {
    const admin = app.admin().api;
    const editor = await createUserWithPassword(app, "role-editor", password);
    const role = await admin.roles.create.mutate({ name: "role-editor-role" });
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "change_role" });
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "view_role" });
    await admin.users.assignRoles.mutate({ userId: editor.id, roleIds: [role.id] });
    const client = await app.signedIn("role-editor", password);
    expect((await client.api.permissions.list.query()).items.length).toBe(permissionCodenames.length);
    expect((await errorOf(client.api.roles.assignPermission.mutate({ roleId: role.id, permission: "view_user" }))).code).toBe("FORBIDDEN");
  });
});
