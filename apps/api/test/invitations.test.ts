/**
 * Invitations and enrollment (SPEC §15): the link opens `default-enrollment-flow`, the new user
 * gets the fixed data, a single-use invitation is consumed with the user's creation (one user
 * when two browsers race on one link), and fixed data never reaches further than its creator
 * may (SPEC §9).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { newId } from "@roster/db";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp, type TestClient } from "../src/testing/index.js";
import { ensureNamed } from "./support/seed.js";
import { createUserWithPassword } from "./support/users.js";

const slug = "default-enrollment-flow";
const expiredOrUsed = { type: "denied", message: "This invitation has expired or was already used." };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await ensureNamed(app.database, "groups", "contractors");
});
afterAll(() => app.close());

function tokenOf(link: string): string {
  return new URL(link).searchParams.get("token") ?? "";
}

async function query<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  return sql<T>(app.database.fork(), text, params);
}

/** A fresh browser that opened the link: the prompt challenge, or a denial. */
async function openLink(link: string): Promise<{ browser: TestClient; result: Awaited<ReturnType<TestClient["api"]["flows"]["execute"]["mutate"]>> }> {
  const browser = app.client();
  const result = await browser.api.flows.execute.mutate({ slug, token: tokenOf(link) });
  return { browser, result };
}

function enrollment(username: string) {
  return { username, name: `${username} Person`, email: `${username}@example.com`, password: "Enrolled-password-1", password_repeat: "Enrolled-password-1" };
}

const blueprint = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../packages/db/blueprints/default-enrollment-flow.yaml");

describe("default-enrollment-flow", () => {
  it("is created by the migration exactly as its shipped blueprint describes it", async () => {
    const flow = (await app.admin().api.flows.list.query({})).items.find((candidate) => candidate.slug === slug);
    const { yaml } = await app.admin().api.flows.export.query({ id: flow?.id ?? "" });
    expect(parse(yaml)).toEqual(parse(fs.readFileSync(blueprint, "utf8")));
  });
});

describe("invitations", () => {
  it("enrolling through the link creates the user with the fixed data, signs them in, and uses the invitation up", async () => {
    const created = await app.admin().api.invitations.create.mutate({
      name: "acme-contractor",
      fixedData: { path: "users/contractors", attributes: { company: "acme" }, groups: ["contractors"] },
    });
    expect(created).toMatchObject({ status: "active", singleUse: true, flow: { slug }, createdBy: { username: "admin" } });
    expect(created.link).toMatch(new RegExp(`^http://localhost:9000/flow/${slug}\\?token=[A-Za-z0-9_-]{40,}$`));
    expect(created.link).not.toContain(created.id);

    const { browser, result } = await openLink(created.link);
    expect(result).toMatchObject({ type: "challenge", component: "prompt" });
    expect(await browser.api.flows.execute.mutate({ slug, response: enrollment("carol") })).toEqual({ type: "redirect", to: "/" });
    expect(await browser.api.auth.me.query()).toMatchObject({ user: { username: "carol" } });

    const [user] = await query<{ path: string; attributes: unknown; type: string; groups: string[] }>(
      "SELECT path, attributes, type, ARRAY(SELECT g.name FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = u.id) AS groups FROM users u WHERE username = 'carol'",
    );
    expect(user).toEqual({ path: "users/contractors", attributes: { company: "acme" }, type: "internal", groups: ["contractors"] });
    expect(await app.admin().api.invitations.get.query({ id: created.id })).toMatchObject({ status: "used", usedBy: { username: "carol" } });
    expect((await openLink(created.link)).result).toEqual(expiredOrUsed);

    const events = await query<{ action: string; context: Record<string, unknown> }>("SELECT action, context FROM events WHERE action IN ('invitation_used', 'model_created') AND target_user_id = (SELECT id FROM users WHERE username = 'carol') ORDER BY created_at");
    expect(events.map((event) => event.action)).toEqual(["model_created", "invitation_used"]);
    expect(JSON.stringify(events)).not.toContain(tokenOf(created.link));
    const notes = await query<{ body: string }>("SELECT body FROM notifications WHERE user_id = (SELECT id FROM users WHERE username = 'admin')");
    expect(notes.map((note) => note.body)).toContain('Invitation "acme-contractor" was used: carol enrolled.');
  });

  it("two browsers racing on one single-use link create exactly one user", async () => {
    const { link, id } = await app.admin().api.invitations.create.mutate({ name: "race" });
    const first = await openLink(link);
    const second = await openLink(link);
    expect([first.result, second.result]).toEqual([expect.objectContaining({ component: "prompt" }), expect.objectContaining({ component: "prompt" })]);
    const results = await Promise.all([
      first.browser.api.flows.execute.mutate({ slug, response: enrollment("racer-one") }),
      second.browser.api.flows.execute.mutate({ slug, response: enrollment("racer-two") }),
    ]);
    expect(results.filter((result) => result.type === "redirect")).toHaveLength(1);
    expect(results.filter((result) => result.type === "denied")).toEqual([expiredOrUsed]);
    expect(await query("SELECT username FROM users WHERE username LIKE 'racer-%'")).toHaveLength(1);
    expect(await app.admin().api.invitations.get.query({ id })).toMatchObject({ status: "used" });
  });

  it("a taken username answers on the prompt with the field error", async () => {
    const { link } = await app.admin().api.invitations.create.mutate({ name: "taken-username" });
    const { browser } = await openLink(link);
    const result = await browser.api.flows.execute.mutate({ slug, response: enrollment("admin") });
    expect(result).toMatchObject({ type: "challenge", component: "prompt", fieldErrors: { username: ["A user with this username already exists."] } });
    expect(await browser.api.flows.execute.mutate({ slug, response: enrollment("not-admin") })).toMatchObject({ type: "redirect" });
  });

  it("without an invitation, the default enrollment flow refuses", async () => {
    expect(await app.client().api.flows.execute.mutate({ slug })).toMatchObject({ type: "denied" });
  });

  it("an expired, deleted or replaced link answers that the invitation expired or was used", async () => {
    const admin = app.admin().api.invitations;
    const expiring = await admin.create.mutate({ name: "expiring" });
    await query("UPDATE invitations SET expires = now() - interval '1 minute' WHERE id = ?", [expiring.id]);
    expect((await openLink(expiring.link)).result).toEqual(expiredOrUsed);
    expect((await admin.get.query({ id: expiring.id })).status).toBe("expired");

    const deleted = await admin.create.mutate({ name: "deleted" });
    const opened = await openLink(deleted.link);
    await admin.delete.mutate({ ids: [deleted.id] });
    expect(await opened.browser.api.flows.execute.mutate({ slug, response: enrollment("too-late") })).toEqual(expiredOrUsed);

    const replaced = await admin.create.mutate({ name: "replaced" });
    const { link } = await admin.newLink.mutate({ id: replaced.id });
    expect((await openLink(replaced.link)).result).toEqual(expiredOrUsed);
    expect((await openLink(link)).result).toMatchObject({ component: "prompt" });
  });

  it("a multi-use invitation stays active", async () => {
    const { link, id } = await app.admin().api.invitations.create.mutate({ name: "team", singleUse: false });
    for (const username of ["team-a", "team-b"]) {
      const { browser } = await openLink(link);
      expect(await browser.api.flows.execute.mutate({ slug, response: enrollment(username) })).toMatchObject({ type: "redirect" });
    }
    expect(await app.admin().api.invitations.get.query({ id })).toMatchObject({ status: "active", usedBy: null });
  });

  it("send queues an email with a link of its own", async () => {
    const admin = app.admin().api.invitations;
    const created = await admin.create.mutate({ name: "emailed" });
    expect(await admin.send.mutate({ id: created.id, email: "newcomer@example.com" })).toEqual({ queued: true });
    const [message] = await query<{ text_body: string }>("SELECT text_body FROM mail_messages WHERE to_address = 'newcomer@example.com'");
    const emailed = /https?:\/\/\S+token=[A-Za-z0-9_-]+/.exec(message?.text_body ?? "")?.[0] ?? "";
    expect(emailed).not.toBe(created.link);
    expect((await openLink(emailed)).result).toMatchObject({ component: "prompt" });
    expect((await openLink(created.link)).result).toMatchObject({ component: "prompt" });
    expect(await errorOf(admin.send.mutate({ id: created.id, email: "not-an-email" }))).toMatchObject({ code: "BAD_REQUEST", data: { fieldErrors: { email: ["Enter a valid email address."] } } });
  });

  it("bad input names the field and the rule", async () => {
    const admin = app.admin().api.invitations;
    expect(await errorOf(admin.create.mutate({ name: "su", fixedData: { is_superuser: true } }))).toMatchObject({
      code: "BAD_REQUEST",
      data: { fieldErrors: { fixedData: ['Fixed data may hold only path, attributes and groups, not "is_superuser".'] } },
    });
    expect(await errorOf(admin.create.mutate({ name: "bad-path", fixedData: { path: "/users" } }))).toMatchObject({ data: { fieldErrors: { "fixedData.path": ["No leading or trailing slashes allowed."] } } });
    expect(await errorOf(admin.create.mutate({ name: "no-group", fixedData: { groups: ["nope"] } }))).toMatchObject({ data: { fieldErrors: { "fixedData.groups": ['Group "nope" does not exist.'] } } });
    expect(await errorOf(admin.create.mutate({ name: "Not A Slug" }))).toMatchObject({ data: { fieldErrors: { name: [expect.stringContaining("lowercase")] } } });
    const authFlow = (await app.admin().api.flows.list.query({})).items.find((flow) => flow.slug === "default-authentication-flow");
    expect(await errorOf(admin.create.mutate({ name: "wrong-flow", flowId: authFlow?.id ?? "" }))).toMatchObject({ data: { fieldErrors: { flowId: ["This flow is not an enrollment flow."] } } });
    await admin.create.mutate({ name: "twice" });
    expect(await errorOf(admin.create.mutate({ name: "twice" }))).toMatchObject({ code: "CONFLICT", data: { fieldErrors: { name: ["An invitation with this name already exists."] } } });
  });
});

describe("open sign-up", () => {
  const openFlow = (groups: string[]) =>
    fs.readFileSync(blueprint, "utf8")
      .replaceAll("default-enrollment", "open-sign-up")
      .replace("continueWithoutInvitation: false", "continueWithoutInvitation: true")
      .replace("createUsersGroups: []", `createUsersGroups: [${groups.join(", ")}]`);

  it("the login page offers Sign up only when the brand's enrollment flow runs without an invitation", async () => {
    const admin = app.admin().api;
    const brand = (await admin.brands.list.query({})).items.find((candidate) => candidate.default);
    expect(await app.client().api.flows.signUp.query()).toBeNull();
    const invitationOnly = (await admin.flows.list.query({})).items.find((flow) => flow.slug === slug);
    await admin.brands.update.mutate({ id: brand?.id ?? "", flowEnrollment: invitationOnly?.id ?? "" });
    expect(await app.client().api.flows.signUp.query()).toBeNull();

    const open = await admin.flows.import.mutate({ yaml: openFlow(["contractors"]) });
    await admin.brands.update.mutate({ id: brand?.id ?? "", flowEnrollment: open.id });
    expect(await app.client().api.flows.signUp.query()).toEqual({ slug: "open-sign-up-flow" });

    const browser = app.client();
    expect(await browser.api.flows.execute.mutate({ slug: "open-sign-up-flow" })).toMatchObject({ type: "challenge", component: "prompt" });
    expect(await browser.api.flows.execute.mutate({ slug: "open-sign-up-flow", response: enrollment("walk-in") })).toMatchObject({ type: "redirect" });
    const [user] = await query<{ path: string; groups: string[] }>("SELECT path, ARRAY(SELECT g.name FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = u.id) AS groups FROM users u WHERE username = 'walk-in'");
    expect(user).toEqual({ path: "users", groups: ["contractors"] });
    await admin.brands.update.mutate({ id: brand?.id ?? "", flowEnrollment: null });
  });

  it("nobody vouches for a stage the system wrote: its groups cannot confer super-user", async () => {
    await app.admin().api.flows.import.mutate({ yaml: openFlow(["admins"]).replaceAll("open-sign-up", "open-admins") });
    // As a migration or a raw write leaves it: nobody set the settings, so nobody vouches for them.
    await query("UPDATE stages SET configured_by_id = NULL WHERE name LIKE 'open-admins%'");
    const browser = app.client();
    await browser.api.flows.execute.mutate({ slug: "open-admins-flow" });
    expect(await browser.api.flows.execute.mutate({ slug: "open-admins-flow", response: enrollment("walk-in-admin") })).toMatchObject({ type: "denied" });
    expect(await query("SELECT 1 FROM users WHERE username = 'walk-in-admin'")).toHaveLength(0);
  });
});

describe("trust rules (SPEC §9)", () => {
  async function inviter(username: string, codenames: string[]): Promise<TestClient> {
    const user = await createUserWithPassword(app, username, `${username}-password-1`);
    const roleId = await ensureNamed(app.database, "roles", `${username}-role`);
    for (const codename of codenames) await query("INSERT INTO role_permissions (id, role_id, codename) VALUES (?, ?, ?)", [newId(), roleId, codename]);
    await query("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)", [user.id, roleId]);
    return app.signedIn(username, `${username}-password-1`);
  }

  it("an invitation created by a non-super-user cannot place the new user in a super-user group", async () => {
    const client = await inviter("ivy", ["add_invitation", "change_invitation", "add_user"]);
    await ensureNamed(app.database, "groups", "root-admins-child");
    const childId = (await query<{ id: string }>("SELECT id FROM groups WHERE name = 'root-admins-child'"))[0]?.id;
    const adminsId = (await query<{ id: string }>("SELECT id FROM groups WHERE name = 'admins'"))[0]?.id;
    await query("INSERT INTO group_parents (group_id, parent_id) VALUES (?, ?)", [childId, adminsId]);
    for (const group of ["admins", "root-admins-child"]) {
      expect(await errorOf(client.api.invitations.create.mutate({ name: `to-${group}`, fixedData: { groups: [group] } }))).toMatchObject({ code: "FORBIDDEN" });
    }
    const harmless = await client.api.invitations.create.mutate({ name: "ivy-harmless" });
    expect(await errorOf(client.api.invitations.update.mutate({ id: harmless.id, fixedData: { groups: ["admins"] } }))).toMatchObject({ code: "FORBIDDEN" });

    // Written straight to the database (or a group made super-user later): enrollment checks again, for its creator.
    await query("UPDATE invitations SET fixed_data = ?::jsonb WHERE id = ?", [JSON.stringify({ groups: [adminsId] }), harmless.id]);
    const { browser } = await openLink(harmless.link);
    expect(await browser.api.flows.execute.mutate({ slug, response: enrollment("would-be-admin") })).toEqual({ type: "denied", message: "Only a super-user can change the members of a super-user group or of a group inside one." });
    expect(await query("SELECT 1 FROM users WHERE username = 'would-be-admin'")).toHaveLength(0);
    expect(await app.admin().api.invitations.get.query({ id: harmless.id })).toMatchObject({ status: "active" });
  });

  it("a super-user's invitation may place the user in a super-user group", async () => {
    const { link } = await app.admin().api.invitations.create.mutate({ name: "new-admin", fixedData: { groups: ["admins"] } });
    const { browser } = await openLink(link);
    expect(await browser.api.flows.execute.mutate({ slug, response: enrollment("second-admin") })).toMatchObject({ type: "redirect" });
    expect((await browser.api.auth.me.query())?.permissions).toEqual(["*"]);
  });

  it("creating an invitation needs add_user as well", async () => {
    const client = await inviter("ike", ["add_invitation"]);
    expect(await errorOf(client.api.invitations.create.mutate({ name: "ike-invite" }))).toMatchObject({ code: "FORBIDDEN", message: 'An invitation creates a user: you need the permission "add_user" as well.' });
  });
});
