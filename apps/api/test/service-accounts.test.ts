import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("service accounts", () => {
  it("creates a service-account user without a usable password, and a token that authenticates as it", async () => {
    const admin = app.admin().api;
    const created = await admin.serviceAccounts.create.mutate({ name: "svc-backup" });
    expect(created).toMatchObject({ user: { username: "svc-backup" }, group: null, token: { identifier: "service-account-svc-backup-token" } });
    const user = await admin.users.get.query({ id: created.user.id });
    expect(user).toMatchObject({ type: "service_account", path: "roster/service-accounts", isActive: true });
    const rows = await sql<{ password_hash: string | null }>(app.database.fork(), "SELECT password_hash FROM users WHERE id = ?", [created.user.id]);
    expect(rows[0]?.password_hash).toBeNull();

    const me = await app.client({ token: created.key }).api.auth.me.query();
    expect(me?.user).toMatchObject({ id: created.user.id, username: "svc-backup", isSuperuser: false });
    const token = await admin.tokens.get.query({ id: created.token.id });
    expect(token).toMatchObject({ intent: "api", expiring: true, user: { id: created.user.id } });

    const keys = await sql(app.database.fork(), "SELECT 1 FROM api_tokens WHERE key_hash = ?", [created.key]);
    expect(keys).toHaveLength(0);
    const events = await sql<{ context: string }>(app.database.fork(), "SELECT context::text AS context FROM events");
    for (const event of events) expect(event.context).not.toContain(created.key);
  });

  it("creates a group of the same name with the account in it, and a non-expiring token when asked", async () => {
    const admin = app.admin().api;
    const created = await admin.serviceAccounts.create.mutate({ name: "svc-sync", createGroup: true, expiring: false });
    expect(created.group?.name).toBe("svc-sync");
    const members = await admin.groups.members.query({ groupId: created.group?.id ?? "" });
    expect(members.items.map((member) => member.username)).toEqual(["svc-sync"]);
    expect(await admin.tokens.get.query({ id: created.token.id })).toMatchObject({ expiring: false, expires: null });
  });

  it("refuses a name that is already a username, and leaves nothing behind", async () => {
    const admin = app.admin().api;
    await admin.serviceAccounts.create.mutate({ name: "svc-dup" });
    const error = await errorOf(admin.serviceAccounts.create.mutate({ name: "svc-dup", createGroup: true }));
    expect(error).toMatchObject({ code: "CONFLICT", data: { fieldErrors: { name: ["A user with this username already exists."] } } });
    await admin.groups.create.mutate({ name: "svc-group-taken" });
    const groupTaken = await errorOf(admin.serviceAccounts.create.mutate({ name: "svc-group-taken", createGroup: true }));
    expect(groupTaken).toMatchObject({ code: "CONFLICT", data: { fieldErrors: { name: ["A group with this name already exists."] } } });
    const leftovers = await sql(app.database.fork(), "SELECT 1 FROM users WHERE username = 'svc-group-taken'");
    expect(leftovers).toHaveLength(0);
  });

  it("cannot sign in with a password", async () => {
    await app.admin().api.serviceAccounts.create.mutate({ name: "svc-no-login" });
    const slug = "default-authentication-flow";
    const browser = app.client();
    await browser.api.flows.execute.mutate({ slug });
    await browser.api.flows.execute.mutate({ slug, response: { uid: "svc-no-login" } });
    const result = await browser.api.flows.execute.mutate({ slug, response: { password: "any-password-at-all" } });
    expect(result).toMatchObject({ type: "challenge", component: "password", error: "Invalid username or password." });
    expect(browser.cookies.has("roster_session")).toBe(false);
  });
});
