/**
 * Sessions end when they should (SPEC §9 rule 7): on a password change, before any job runs;
 * after the idle timeout and the maximum age; and when the same browser signs in again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { startTestApp, type TestApp } from "../src/testing/index.js";
import { createTestClient, type TestClient } from "../src/testing/test-client.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;

async function query(text: string, params: unknown[] = []): Promise<void> {
  await sql(app.database.fork(), text, params);
}

/** A second browser holding the same cookies as `client`. */
function sameCookies(client: TestClient): TestClient {
  const copy = createTestClient(app.url, { origin: "http://localhost:9000" });
  for (const [name, value] of client.cookies) copy.cookies.set(name, value);
  return copy;
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("a password change ends the user's other sessions at once", () => {
  it("an admin's reset signs the user out everywhere on the next request, with no worker running", async () => {
    const bob = await createUserWithPassword(app, "bob", "bob-password-1");
    const laptop = await app.signedIn("bob", "bob-password-1");
    const phone = await app.signedIn("bob", "bob-password-1");
    await app.admin().api.users.setPassword.mutate({ id: bob.id, password: "new-bob-password-1" });
    expect(await laptop.api.auth.me.query()).toBeNull();
    expect(await phone.api.auth.me.query()).toBeNull();
  });

  it("the session that changed its own password stays signed in, and other users' sessions are untouched", async () => {
    await createUserWithPassword(app, "carol", "carol-password-1");
    const own = await app.signedIn("carol", "carol-password-1");
    const other = await app.signedIn("carol", "carol-password-1");
    const root = await createUserWithPassword(app, "root2", "root2-password-1");
    await query("INSERT INTO group_users (group_id, user_id) SELECT id, ? FROM groups WHERE name = 'admins'", [root.id]);
    const rootHere = await app.signedIn("root2", "root2-password-1");
    const rootElsewhere = await app.signedIn("root2", "root2-password-1");
    await rootHere.api.users.setPassword.mutate({ id: root.id, password: "root2-password-2" });
    expect((await rootHere.api.auth.me.query())?.user.username).toBe("root2");
    expect(await rootElsewhere.api.auth.me.query()).toBeNull();
    expect((await own.api.auth.me.query())?.user.username).toBe("carol");
    expect((await other.api.auth.me.query())?.user.username).toBe("carol");
  });

  it("an impersonation session ends when the impersonating admin's password is changed", async () => {
    await createUserWithPassword(app, "dave", "dave-password-1");
    const root = await createUserWithPassword(app, "root3", "root3-password-1");
    await query("INSERT INTO group_users (group_id, user_id) SELECT id, ? FROM groups WHERE name = 'admins'", [root.id]);
    const browser = await app.signedIn("root3", "root3-password-1");
    const daveId = (await app.admin().api.users.list.query({ query: 'username = "dave"' })).items[0]?.id ?? "";
    await browser.api.users.impersonate.mutate({ id: daveId, reason: "support ticket" });
    expect((await browser.api.auth.me.query())?.user.username).toBe("dave");
    await app.admin().api.users.setPassword.mutate({ id: root.id, password: "root3-password-2" });
    expect(await browser.api.auth.me.query()).toBeNull();
  });
});

describe("idle timeout and maximum age", () => {
  it("a session idle for longer than sessionIdleTimeout is refused", async () => {
    await createUserWithPassword(app, "erin", "erin-password-1");
    const browser = await app.signedIn("erin", "erin-password-1");
    expect(await browser.api.auth.me.query()).not.toBeNull();
    await query("UPDATE sessions SET last_used = now() - interval '13 hours' WHERE user_id = (SELECT id FROM users WHERE username = 'erin')");
    expect(await browser.api.auth.me.query()).toBeNull();
  });

  it("a session older than sessionMaxAge is refused even while in use", async () => {
    await createUserWithPassword(app, "frank", "frank-password-1");
    const browser = await app.signedIn("frank", "frank-password-1");
    await app.admin().api.settings.update.mutate({ sessionMaxAgeSeconds: 3600 });
    await query("UPDATE sessions SET created_at = now() - interval '2 hours', last_used = now() WHERE user_id = (SELECT id FROM users WHERE username = 'frank')");
    expect(await browser.api.auth.me.query()).toBeNull();
    await app.admin().api.settings.update.mutate({ sessionMaxAgeSeconds: 1_209_600 });
  });
});

describe("signing in again", () => {
  it("replaces the browser's previous session", async () => {
    await createUserWithPassword(app, "grace", "grace-password-1");
    const browser = await app.signedIn("grace", "grace-password-1");
    const before = sameCookies(browser);
    await browser.api.flows.execute.mutate({ slug: "default-authentication-flow", restart: true });
    await browser.api.flows.execute.mutate({ slug: "default-authentication-flow", response: { uid: "grace" } });
    await browser.api.flows.execute.mutate({ slug: "default-authentication-flow", response: { password: "grace-password-1" } });
    expect((await browser.api.auth.me.query())?.user.username).toBe("grace");
    expect(await before.api.auth.me.query()).toBeNull();
  });
});
