/** The Settings page's backend (`me.*`): own sessions, signing out the others, changing one's own password. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db";
import { adminPassword, errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function eventsAbout(userId: string, action: string): Promise<Record<string, unknown>[]> {
  const rows = await sql<{ context: Record<string, unknown> }>(app.database.fork(), "SELECT context FROM events WHERE target_user_id = ? AND action = ? ORDER BY created_at", [userId, action]);
  return rows.map((row) => row.context);
}

describe("own sessions", () => {
  it("lists the caller's sessions and signs out the others, keeping this one", async () => {
    const user = await createUserWithPassword(app, "settings-sessions", "sessions-password-1");
    const laptop = await app.signedIn("settings-sessions", "sessions-password-1", { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0" });
    const phone = await app.signedIn("settings-sessions", "sessions-password-1");
    const { items } = await laptop.api.me.sessions.query();
    expect(items).toHaveLength(2);
    expect(items.filter((session) => session.current).map((session) => session.device)).toEqual(["Firefox on Linux"]);

    expect(await laptop.api.me.signOutOtherSessions.mutate()).toEqual({ signedOut: 1 });
    expect(await phone.api.auth.me.query()).toBeNull();
    expect((await laptop.api.auth.me.query())?.user.username).toBe("settings-sessions");
    expect(await eventsAbout(user.id, "sessions_revoked")).toEqual([{ reason: "signed_out_by_user", sessions: 1 }]);
  });
});

describe("changing one's own password", () => {
  it("needs the current password, then refuses every other session and keeps this one", async () => {
    const user = await createUserWithPassword(app, "settings-password", "old-password-1");
    const here = await app.signedIn("settings-password", "old-password-1");
    const elsewhere = await app.signedIn("settings-password", "old-password-1");

    const wrong = await errorOf(here.api.me.changePassword.mutate({ currentPassword: "not-it", newPassword: "new-password-1" }));
    expect(wrong).toMatchObject({ code: "BAD_REQUEST", data: { fieldErrors: { currentPassword: ["Your current password is not correct."] } } });
    const short = await errorOf(here.api.me.changePassword.mutate({ currentPassword: "old-password-1", newPassword: "short" }));
    expect(short.data.fieldErrors).toEqual({ newPassword: ["The password must be at least 8 characters long."] });

    expect(await here.api.me.changePassword.mutate({ currentPassword: "old-password-1", newPassword: "new-password-1" })).toEqual({ ok: true });
    expect(await elsewhere.api.auth.me.query()).toBeNull();
    expect((await here.api.auth.me.query())?.user.id).toBe(user.id);
    await expect(app.signedIn("settings-password", "old-password-1")).rejects.toThrow();
    await app.signedIn("settings-password", "new-password-1");
    expect(await eventsAbout(user.id, "password_set")).toEqual([{ method: "self" }]);
  });

  it("throttles wrong current passwords like sign-in failures", async () => {
    await createUserWithPassword(app, "settings-guesser", "guess-password-1");
    const session = await app.signedIn("settings-guesser", "guess-password-1");
    const codes: string[] = [];
    for (let guess = 0; guess < 11; guess++) codes.push((await errorOf(session.api.me.changePassword.mutate({ currentPassword: `guess-${guess}`, newPassword: "new-password-1" }))).code);
    expect(codes.slice(0, 10).every((code) => code === "BAD_REQUEST")).toBe(true);
    expect(codes[10]).toBe("TOO_MANY_REQUESTS");
    expect((await errorOf(session.api.me.changePassword.mutate({ currentPassword: "guess-password-1", newPassword: "new-password-1" }))).code).toBe("TOO_MANY_REQUESTS");
  });

  it("is refused to service accounts and to an admin impersonating the user", async () => {
    const account = await app.admin().api.serviceAccounts.create.mutate({ name: "settings-svc" });
    const service = await errorOf(app.client({ token: account.key }).api.me.changePassword.mutate({ currentPassword: "anything", newPassword: "new-password-1" }));
    expect(service).toMatchObject({ code: "BAD_REQUEST", message: "Service accounts have no password: they authenticate with API tokens." });

    const target = await createUserWithPassword(app, "settings-target", "target-password-1");
    const admin = await app.signedIn("admin", adminPassword);
    await admin.api.users.impersonate.mutate({ id: target.id, reason: "support ticket" });
    const refused = await errorOf(admin.api.me.changePassword.mutate({ currentPassword: "target-password-1", newPassword: "taken-over-1" }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: "Stop impersonating first: only the account's owner can change its password or sign out its sessions." });
    expect((await errorOf(admin.api.me.signOutOtherSessions.mutate())).code).toBe("FORBIDDEN");
    await app.signedIn("settings-target", "target-password-1");
  });
});
