/**
 * The findings of the trust review (SPEC §9), one test each: every one of these succeeded before
 * the authorization module existed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trustMessages } from "@roster/core";
import { hashPassword } from "@roster/db";
import { sql } from "@roster/db/testing";
import { startTestApp, type TestApp } from "../src/testing/index.js";
import { errorOf } from "../src/testing/test-client.js";
import { delegatedAdmin, roleWith } from "./support/grants.js";
import { bootstrapIds, ensureNamed } from "./support/seed.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
let adminId: string;
let adminsGroupId: string;
let bigRoleId: string;

async function query<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  return sql<T>(app.database.fork(), text, params);
}

async function adminRow(): Promise<unknown> {
  return (await query("SELECT password_hash, email, is_active, (SELECT count(*)::int FROM group_users WHERE user_id = users.id) AS groups FROM users WHERE id = ?", [adminId]))[0];
}

beforeAll(async () => {
  app = await startTestApp();
  ({ adminId, adminsGroupId } = await bootstrapIds(app.database));
  bigRoleId = await roleWith(app.database, "everything-but-superuser", [{ codename: "change_user" }, { codename: "impersonate" }, { codename: "reset_user_password" }, { codename: "delete_user" }]);
});
afterAll(() => app.close());

describe("rule 1: only a super-user acts on a super-user", () => {
  it("a holder of reset_user_password can neither set the admin's password nor get a recovery link for them", async () => {
    const before = await adminRow();
    const { client } = await delegatedAdmin(app, "helpdesk", () => [{ codename: "reset_user_password" }]);
    const reset = await errorOf(client.api.users.setPassword.mutate({ id: adminId, password: "Taken-over-password-1" }));
    expect(reset).toMatchObject({ code: "FORBIDDEN", message: trustMessages.superuserTarget });
    const link = await errorOf(client.api.users.createRecoveryLink.mutate({ id: adminId }));
    expect(link).toMatchObject({ code: "FORBIDDEN", message: trustMessages.superuserTarget });
    expect(await adminRow()).toEqual(before);
  });

  it("a holder of change_user can neither change the admin's email nor deactivate or delete a super-user", async () => {
    const before = await adminRow();
    const { client } = await delegatedAdmin(app, "editor", () => [{ codename: "change_user" }, { codename: "delete_user" }]);
    expect(await errorOf(client.api.users.update.mutate({ id: adminId, email: "attacker@evil.example" }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.superuserTarget });
    expect(await errorOf(client.api.users.setActive.mutate({ ids: [adminId], isActive: false }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf(client.api.users.delete.mutate({ ids: [adminId] }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await adminRow()).toEqual(before);
  });

  it("a reset of a user who holds more than the caller is refused: a takeover grants what the caller lacks", async () => {
    const power = await createUserWithPassword(app, "power-user", "power-password-1");
    await query("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)", [power.id, bigRoleId]);
    const { client } = await delegatedAdmin(app, "helpdesk-2", () => [{ codename: "reset_user_password" }]);
    expect(await errorOf(client.api.users.setPassword.mutate({ id: power.id, password: "Taken-over-password-1" }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.grantBeyondHeld });
    const plain = await createUserWithPassword(app, "plain-user", "plain-password-1");
    await expect(client.api.users.setPassword.mutate({ id: plain.id, password: "Reset-by-helpdesk-1" })).resolves.toEqual({ ok: true });
  });
});

describe("rule 2: only a super-user changes who is in a super-user group", () => {
  it("a holder of global add_user_to_group cannot add themselves to admins through users.addToGroups", async () => {
    const walker = await delegatedAdmin(app, "grouper", () => [{ codename: "add_user_to_group" }]);
    const failure = await errorOf(walker.client.api.users.addToGroups.mutate({ userId: walker.id, groupIds: [adminsGroupId] }));
    expect(failure.code).toBe("FORBIDDEN");
    expect((await walker.client.api.auth.me.query())?.user.isSuperuser).toBe(false);
  });

  it("nor join a group below admins, nor a group whose roles it does not hold", async () => {
    const walker = await delegatedAdmin(app, "grouper-2", () => [{ codename: "add_user_to_group" }]);
    const child = await ensureNamed(app.database, "groups", "admins-child");
    await query("INSERT INTO group_parents (group_id, parent_id) VALUES (?, ?)", [child, adminsGroupId]);
    expect((await errorOf(walker.client.api.groups.addMembers.mutate({ groupId: child, userIds: [walker.id] }))).code).toBe("FORBIDDEN");
    const powerful = await ensureNamed(app.database, "groups", "powerful-team");
    await query("INSERT INTO group_roles (group_id, role_id) VALUES (?, ?)", [powerful, bigRoleId]);
    expect(await errorOf(walker.client.api.users.addToGroups.mutate({ userId: walker.id, groupIds: [powerful] }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.grantBeyondHeld });
  });
});

describe("rule 3: nobody grants what they do not hold", () => {
  it("change_user on oneself does not let a user assign themselves a role", async () => {
    const walker = await delegatedAdmin(app, "self-editor", (self) => [{ codename: "change_user", objectType: "user", objectId: self.id }]);
    expect(await errorOf(walker.client.api.users.assignRoles.mutate({ userId: walker.id, roleIds: [bigRoleId] }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.grantBeyondHeld });
  });

  it("assign_role_permissions on one's own role adds only codenames one holds", async () => {
    const walker = await delegatedAdmin(app, "role-editor", (self) => [{ codename: "assign_role_permissions", objectType: "role", objectId: self.roleId }]);
    expect(await errorOf(walker.client.api.roles.assignPermission.mutate({ roleId: walker.roleId, permission: "impersonate" }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.grantBeyondHeld });
    const granted = await walker.client.api.roles.assignPermission.mutate({ roleId: walker.roleId, permission: "assign_role_permissions", objectType: "role", objectId: walker.roleId });
    expect(granted.codename).toBe("assign_role_permissions");
  });

  it("change_group on one's own group does not attach a role one does not hold", async () => {
    const groupId = await ensureNamed(app.database, "groups", "my-team");
    const walker = await delegatedAdmin(app, "team-lead", () => [{ codename: "change_group", objectType: "group", objectId: groupId }]);
    await query("INSERT INTO group_users (group_id, user_id) VALUES (?, ?)", [groupId, walker.id]);
    expect(await errorOf(walker.client.api.groups.update.mutate({ id: groupId, roles: [bigRoleId] }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.grantBeyondHeld });
  });
});

describe("rule 4: user_write acts only on a proven user", () => {
  it("identification → prompt → user_write cannot reset anyone's password", async () => {
    const admin = app.admin();
    await admin.api.flows.import.mutate({
      yaml: [
        "version: 1",
        "flow: {slug: sneaky-reset, name: Sneaky, designation: recovery}",
        "stages:",
        "  - {name: sneaky-identify, type: identification, settings: {userFields: [username]}}",
        "  - {name: sneaky-prompt, type: prompt, settings: {fields: [{name: password, label: Password, type: password, required: true}]}}",
        "  - {name: sneaky-write, type: user_write, settings: {}}",
        "  - {name: sneaky-login, type: user_login, settings: {}}",
      ].join("\n"),
    });
    const before = await adminRow();
    const stranger = app.client();
    await stranger.api.flows.execute.mutate({ slug: "sneaky-reset" });
    await stranger.api.flows.execute.mutate({ slug: "sneaky-reset", response: { uid: "admin" } });
    const result = await stranger.api.flows.execute.mutate({ slug: "sneaky-reset", response: { password: "Taken-over-password-1" } });
    expect(result).toEqual({ type: "denied", message: trustMessages.unprovenUser });
    expect(await adminRow()).toEqual(before);
    expect(await stranger.api.auth.me.query()).toBeNull();
  });
});

describe("rule 5: service accounts have no usable password", () => {
  it("refuses set password, recovery links and impersonation for a service account, and no flow signs it in", async () => {
    const admin = await app.signedIn("admin", "admin-password-1");
    const created = await admin.api.serviceAccounts.create.mutate({ name: "ci-bot", createGroup: false, expiring: false });
    const id = created.user.id;
    expect(await errorOf(admin.api.users.setPassword.mutate({ id, password: "SomePassword123" }))).toMatchObject({ code: "BAD_REQUEST", message: trustMessages.serviceAccountPassword });
    expect(await errorOf(admin.api.users.createRecoveryLink.mutate({ id }))).toMatchObject({ message: trustMessages.serviceAccountPassword });
    expect(await errorOf(admin.api.users.impersonate.mutate({ id, reason: "try" }))).toMatchObject({ message: trustMessages.serviceAccountImpersonation });
    // Even a password written before this rule existed does not sign it in.
    await query("UPDATE users SET password_hash = ? WHERE id = ?", [await hashPassword("SomePassword123"), id]);
    const bot = app.client();
    await bot.api.flows.execute.mutate({ slug: "default-authentication-flow", restart: true });
    await bot.api.flows.execute.mutate({ slug: "default-authentication-flow", response: { uid: "ci-bot" } });
    const result = await bot.api.flows.execute.mutate({ slug: "default-authentication-flow", response: { password: "SomePassword123" } });
    expect(result.type).toBe("denied");
    expect(await bot.api.auth.me.query()).toBeNull();
  });
});

describe("rule 6: reads stay within the grant", () => {
  it("outbox.list is for super-users only", async () => {
    const { client } = await delegatedAdmin(app, "settings-viewer", () => [{ codename: "view_settings" }]);
    expect(await errorOf(client.api.outbox.list.query())).toMatchObject({ code: "FORBIDDEN", message: trustMessages.superusersOnly });
  });

  it("users.events needs view_event besides view_user on that user", async () => {
    const target = await createUserWithPassword(app, "watched", "watched-password-1");
    const { client } = await delegatedAdmin(app, "user-viewer", () => [{ codename: "view_user", objectType: "user", objectId: target.id }]);
    expect((await errorOf(client.api.users.events.query({ userId: target.id }))).code).toBe("FORBIDDEN");
  });
});
