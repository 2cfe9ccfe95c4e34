/**
 * The attacks of the Trust II review, one test each: a delegated admin holding a few permissions
 * arranges flows, stages, invitations or group names so that someone signs in as another user or
 * becomes a super-user. Each of these succeeded before flows carried a proof bound to one user and
 * configuration named groups by id, vouched for by whoever set it.
 */
import { generateSync } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupMessages, trustMessages } from "@roster/core";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp, type TestClient } from "../src/testing/index.js";
import { delegatedAdmin } from "./support/grants.js";
import { bootstrapIds, ensureNamed } from "./support/seed.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
let adminId: string;
let adminsGroupId: string;

async function query<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  return sql<T>(app.database.fork(), text, params);
}

beforeAll(async () => {
  app = await startTestApp();
  ({ adminId, adminsGroupId } = await bootstrapIds(app.database));
});
afterAll(() => app.close());

const stage = (name: string, type: string, settings: Record<string, unknown> = {}) => ({ name, type, settings });

function blueprint(slug: string, designation: string, stages: ReturnType<typeof stage>[]): string {
  const lines = [`version: 1`, `flow:`, `  slug: ${slug}`, `  name: ${slug}`, `  designation: ${designation}`, `stages:`];
  for (const entry of stages) lines.push(`  - name: ${entry.name}`, `    type: ${entry.type}`, `    settings: ${JSON.stringify(entry.settings)}`);
  return lines.join("\n");
}

/** Answers a flow's challenges in order; returns the last result. */
async function run(browser: TestClient, slug: string, answers: Record<string, unknown>[], token?: string) {
  let result = await browser.api.flows.execute.mutate({ slug, restart: true, ...(token ? { token } : {}) });
  for (const response of answers) {
    if (result.type !== "challenge") break;
    result = await browser.api.flows.execute.mutate({ slug, response });
  }
  return result;
}

const enrollment = (username: string) => ({ username, name: username, email: `${username}@example.com`, password: "Enrolled-password-1", password_repeat: "Enrolled-password-1" });
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

describe("attack 1: a flow editor signs in as someone else", () => {
  it("identification → password (own) → identification (admin) → user_login signs nobody in as admin", async () => {
    const walker = await delegatedAdmin(app, "flow-builder", () => [{ codename: "add_flow" }, { codename: "change_flow" }, { codename: "add_stage" }]);
    await walker.client.api.flows.import.mutate({
      yaml: blueprint("switch-user", "authentication", [stage("switch-id-1", "identification", { userFields: ["username"] }), stage("switch-password", "password"), stage("switch-id-2", "identification", { userFields: ["username"] }), stage("switch-login", "user_login")]),
    });
    const browser = app.client();
    const result = await run(browser, "switch-user", [{ uid: "flow-builder" }, { password: "flow-builder-password-1" }, { uid: "admin" }]);
    expect(result).toEqual({ type: "denied", message: "This flow cannot sign anyone in at this point." });
    expect(await browser.api.auth.me.query()).toBeNull();
    expect(await query("SELECT 1 FROM sessions WHERE user_id = ?", [adminId])).toHaveLength(0);
  });

  it("prompt → user_write (always_create) → identification (admin) → user_login signs nobody in as admin", async () => {
    const walker = await delegatedAdmin(app, "enroll-builder", () => [{ codename: "add_flow" }, { codename: "change_flow" }, { codename: "add_stage" }]);
    await walker.client.api.flows.import.mutate({
      yaml: blueprint("enroll-switch", "enrollment", [
        stage("enroll-switch-prompt", "prompt", { fields: [{ name: "username", label: "Username", type: "text", required: true }, { name: "password", label: "Password", type: "password", required: true }] }),
        stage("enroll-switch-write", "user_write", { userCreationMode: "always_create" }),
        stage("enroll-switch-id", "identification", { userFields: ["username"] }),
        stage("enroll-switch-login", "user_login"),
      ]),
    });
    const browser = app.client();
    const result = await run(browser, "enroll-switch", [{ username: "fresh-account", password: "Fresh-password-1" }, { uid: "admin" }]);
    expect(result).toEqual({ type: "denied", message: "This flow cannot sign anyone in at this point." });
    expect(await browser.api.auth.me.query()).toBeNull();
  });

  it("the proof stays with its user: the same flow without the switch signs the walker in as the walker", async () => {
    const browser = app.client();
    await app.admin().api.flows.import.mutate({
      yaml: blueprint("plain-sign-in", "authentication", [stage("switch-id-1", "identification", { userFields: ["username"] }), stage("switch-password", "password"), stage("switch-login", "user_login")]),
    });
    expect(await run(browser, "plain-sign-in", [{ uid: "flow-builder" }, { password: "flow-builder-password-1" }])).toMatchObject({ type: "redirect" });
    expect((await browser.api.auth.me.query())?.user.username).toBe("flow-builder");
  });
});

describe("attack 2: a stage editor puts the next enrollee in the super-user group", () => {
  it("change_stage cannot make the enrollment's user_write grant admins, and a raw write is refused at enrollment", async () => {
    const walker = await delegatedAdmin(app, "stage-editor", () => [{ codename: "change_stage" }, { codename: "view_stage" }, { codename: "change_invitation" }]);
    const writeStage = (await query<{ id: string; settings: Record<string, unknown> }>("SELECT id, settings FROM stages WHERE name = 'default-enrollment-user-write'"))[0];
    const settings = { ...writeStage?.settings, createUsersGroups: ["admins"] };
    expect(await errorOf(walker.client.api.stages.update.mutate({ id: writeStage?.id ?? "", settings }))).toMatchObject({ code: "FORBIDDEN", message: groupMessages.superuserMembers });
    // Had it been written (by the walker, straight to the database), enrollment asks the walker's rights again.
    await query("UPDATE stages SET settings = jsonb_set(settings, '{createUsersGroups}', ?::jsonb), configured_by_id = ? WHERE id = ?", [JSON.stringify([adminsGroupId]), walker.id, writeStage?.id]);
    const { link } = await app.admin().api.invitations.create.mutate({ name: "for-the-next-hire" });
    const browser = app.client();
    const result = await run(browser, "default-enrollment-flow", [enrollment("next-hire")], tokenOf(link));
    expect(result).toEqual({ type: "denied", message: groupMessages.superuserMembers });
    expect(await query("SELECT 1 FROM users WHERE username = 'next-hire'")).toHaveLength(0);
    await query("UPDATE stages SET settings = ?::jsonb, configured_by_id = NULL WHERE id = ?", [JSON.stringify(writeStage?.settings), writeStage?.id]);
  });
});

describe("attack 3: a group editor renames the super-user group to a name an invitation holds", () => {
  it("renaming admins needs a super-user, and an invitation keeps the group it was given, whatever its name", async () => {
    const contractors = await ensureNamed(app.database, "groups", "contractors");
    const { link, id } = await app.admin().api.invitations.create.mutate({ name: "contractor-invite", fixedData: { groups: ["contractors"] } });
    expect((await query<{ fixed_data: unknown }>("SELECT fixed_data FROM invitations WHERE id = ?", [id]))[0]?.fixed_data).toEqual({ groups: [contractors] });
    const walker = await delegatedAdmin(app, "group-editor", () => [{ codename: "change_group" }, { codename: "view_group" }]);
    expect(await errorOf(walker.client.api.groups.update.mutate({ id: adminsGroupId, name: "contractors-2" }))).toMatchObject({ code: "FORBIDDEN", message: groupMessages.superuserRename });
    // The walker frees the name; renaming alone never changes which group the invitation means.
    await walker.client.api.groups.update.mutate({ id: contractors, name: "contractors-old" });
    expect((await app.admin().api.invitations.get.query({ id })).fixedData).toEqual({ groups: ["contractors-old"] });
    await app.admin().api.groups.update.mutate({ id: adminsGroupId, name: "contractors" });
    try {
      const browser = app.client();
      expect(await run(browser, "default-enrollment-flow", [enrollment("contractor-one")], tokenOf(link))).toMatchObject({ type: "redirect" });
      const me = await browser.api.auth.me.query();
      expect(me?.user.isSuperuser).toBe(false);
      expect(await query("SELECT 1 FROM group_users gu JOIN users u ON u.id = gu.user_id WHERE u.username = 'contractor-one' AND gu.group_id = ?", [contractors])).toHaveLength(1);
    } finally {
      await app.admin().api.groups.update.mutate({ id: adminsGroupId, name: "admins" });
    }
  });

  it("nor may a group editor change the roles of a super-user group", async () => {
    const walker = await delegatedAdmin(app, "group-editor-2", () => [{ codename: "change_group" }]);
    expect(await errorOf(walker.client.api.groups.update.mutate({ id: adminsGroupId, roles: [walker.roleId] }))).toMatchObject({ code: "FORBIDDEN", message: groupMessages.superuserRoles });
  });
});

describe("attack 4: flows.import rewrites the MFA stage of the sign-in flow", () => {
  const weakened = () =>
    blueprint("default-authentication-flow", "authentication", [
      stage("default-authentication-identification", "identification", { userFields: ["username", "email"] }),
      stage("default-authentication-password", "password"),
      stage("default-authentication-mfa-validation", "authenticator_validate", { deviceClasses: ["webauthn"], notConfiguredAction: "skip", configureDeviceClass: "totp" }),
      stage("default-authentication-login", "user_login"),
    ]);

  it("importing needs change_stage for a stage it changes, and the plan names the flows that use it first", async () => {
    const walker = await delegatedAdmin(app, "importer", () => [{ codename: "add_flow" }, { codename: "change_flow" }]);
    expect(await errorOf(walker.client.api.flows.import.mutate({ yaml: weakened() }))).toMatchObject({
      code: "FORBIDDEN",
      message: 'Importing this blueprint would change the stage "default-authentication-mfa-validation": you need the permission "change_stage".',
    });
    const plan = await app.admin().api.flows.importPlan.mutate({ yaml: weakened() });
    expect(plan.stages.find((entry) => entry.name === "default-authentication-mfa-validation")).toMatchObject({ action: "change" });
    expect(plan.stages.find((entry) => entry.name === "default-authentication-password")).toMatchObject({ action: "keep" });
  });

  it("MFA fails closed: a user whose only device is TOTP is refused when the stage accepts only passkeys", async () => {
    const user = await createUserWithPassword(app, "totp-only", "totp-only-password-1");
    const browser = await app.signedIn("totp-only", "totp-only-password-1");
    const setup = await browser.api.flows.execute.mutate({ slug: "default-authenticator-totp-setup" });
    const secret = setup.type === "challenge" ? (setup.secret ?? "") : "";
    await browser.api.flows.execute.mutate({ slug: "default-authenticator-totp-setup", response: { code: generateSync({ secret, epoch: Math.floor(Date.now() / 1000) }) } });
    const validate = (await query<{ id: string; settings: Record<string, unknown> }>("SELECT id, settings FROM stages WHERE name = 'default-authentication-mfa-validation'"))[0];
    await app.admin().api.stages.update.mutate({ id: validate?.id ?? "", settings: { ...validate?.settings, deviceClasses: ["webauthn"] } });
    try {
      const fresh = app.client();
      const result = await run(fresh, "default-authentication-flow", [{ uid: "totp-only" }, { password: "totp-only-password-1" }]);
      expect(result).toEqual({ type: "denied", message: "This sign-in does not accept your account's authenticator app, and the account has no other authenticator. Contact your administrator." });
      expect(await fresh.api.auth.me.query()).toBeNull();
      expect(await query("SELECT 1 FROM sessions WHERE user_id = ?", [user.id])).toHaveLength(1);
    } finally {
      await app.admin().api.stages.update.mutate({ id: validate?.id ?? "", settings: validate?.settings ?? {} });
    }
  });
});

describe("attack 5: a user editor changes the email of someone who holds more, then recovers the account", () => {
  it("changing the email or username of a user who holds more is a takeover, refused", async () => {
    const power = await createUserWithPassword(app, "power-holder", "power-holder-password-1", { email: "power@example.com" });
    const bigRole = await ensureNamed(app.database, "roles", "power-role");
    await query("INSERT INTO role_permissions (id, role_id, codename) VALUES (gen_random_uuid(), ?, 'delete_user'), (gen_random_uuid(), ?, 'change_user')", [bigRole, bigRole]);
    await query("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)", [power.id, bigRole]);
    const walker = await delegatedAdmin(app, "user-editor", () => [{ codename: "change_user" }, { codename: "view_user" }]);
    expect(await errorOf(walker.client.api.users.update.mutate({ id: power.id, email: "attacker@evil.example" }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.grantBeyondHeld });
    expect(await errorOf(walker.client.api.users.update.mutate({ id: power.id, username: "renamed-power" }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.grantBeyondHeld });
    expect((await query<{ email: string; username: string }>("SELECT email, username FROM users WHERE id = ?", [power.id]))[0]).toEqual({ email: "power@example.com", username: "power-holder" });
    // Their name is no way in: that stays open to change_user.
    await expect(walker.client.api.users.update.mutate({ id: power.id, name: "Power Holder" })).resolves.toMatchObject({ name: "Power Holder" });
  });
});
