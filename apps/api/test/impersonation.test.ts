/** The authentik impersonation checklist, and what an impersonated session looks like. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { adminPassword, errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
let erinId: string;
let frankId: string;
beforeAll(async () => {
  app = await startTestApp();
  erinId = (await createUserWithPassword(app, "erin", "erin-password")).id;
  frankId = (await createUserWithPassword(app, "frank", "frank-password")).id;
});
afterAll(() => app.close());

async function setSettings(values: { impersonation?: boolean; requireReason?: boolean }): Promise<void> {
  await sql(app.database.fork(), "UPDATE settings SET impersonation = coalesce(?, impersonation), impersonation_require_reason = coalesce(?, impersonation_require_reason)", [
    values.impersonation ?? null,
    values.requireReason ?? null,
  ]);
}

async function grantOnUser(username: string, codename: string, objectId: string | null): Promise<void> {
  const em = app.database.fork();
  const role = await sql<{ id: string }>(em, "INSERT INTO roles (id, name) VALUES (gen_random_uuid(), ?) RETURNING id", [`${username}-${codename}-${objectId ?? "global"}`]);
  await sql(em, "INSERT INTO role_permissions (id, role_id, codename, object_type, object_id) VALUES (gen_random_uuid(), ?, ?, ?, ?)", [role[0]?.id, codename, objectId ? "user" : null, objectId]);
  await sql(em, "INSERT INTO user_roles (user_id, role_id) SELECT id, ? FROM users WHERE username = ?", [role[0]?.id, username]);
}

describe("impersonation checks", () => {
  it("without the permission: FORBIDDEN", async () => {
    const erin = await app.signedIn("erin", "erin-password");
    expect((await errorOf(erin.api.users.impersonate.mutate({ id: frankId, reason: "x" }))).code).toBe("FORBIDDEN");
  });

  it("the per-object impersonate permission is enough, for that user only", async () => {
    await grantOnUser("erin", "impersonate", frankId);
    const erin = await app.signedIn("erin", "erin-password");
    const admin = await sql<{ id: string }>(app.database.fork(), "SELECT id FROM users WHERE username = 'admin'");
    expect((await errorOf(erin.api.users.impersonate.mutate({ id: admin[0]?.id ?? "", reason: "x" }))).code).toBe("FORBIDDEN");
    await erin.api.users.impersonate.mutate({ id: frankId, reason: "ticket 7" });
    expect(await erin.api.auth.me.query()).toMatchObject({ user: { username: "frank" }, original: { username: "erin" }, impersonationReason: "ticket 7" });
    await erin.api.auth.endImpersonation.mutate();
  });

  it("settings.impersonation tells whoever may impersonate someone whether a reason is required, without view_settings", async () => {
    await createUserWithPassword(app, "gina", "gina-password");
    const gina = await app.signedIn("gina", "gina-password");
    expect((await errorOf(gina.api.settings.impersonation.query())).code).toBe("FORBIDDEN");
    await grantOnUser("gina", "impersonate", frankId);
    expect(await gina.api.settings.impersonation.query()).toEqual({ impersonation: true, impersonationRequireReason: true });
    expect((await errorOf(gina.api.settings.get.query())).code).toBe("FORBIDDEN");
    await setSettings({ requireReason: false });
    try {
      expect(await gina.api.settings.impersonation.query()).toEqual({ impersonation: true, impersonationRequireReason: false });
    } finally {
      await setSettings({ requireReason: true });
    }
  });

  it("the setting off: FORBIDDEN with its message", async () => {
    await setSettings({ impersonation: false });
    try {
      const admin = await app.signedIn("admin", adminPassword);
      expect(await errorOf(admin.api.users.impersonate.mutate({ id: erinId, reason: "x" }))).toMatchObject({ code: "FORBIDDEN", message: "Impersonation is disabled." });
    } finally {
      await setSettings({ impersonation: true });
    }
  });

  it("oneself: BAD_REQUEST", async () => {
    const admin = await app.signedIn("admin", adminPassword);
    const me = await admin.api.auth.me.query();
    expect(await errorOf(admin.api.users.impersonate.mutate({ id: me?.user.id ?? "", reason: "x" }))).toMatchObject({ code: "BAD_REQUEST", message: "You cannot impersonate yourself." });
  });

  it("an empty reason when one is required: BAD_REQUEST with fieldErrors.reason; allowed once not required", async () => {
    const admin = await app.signedIn("admin", adminPassword);
    const error = await errorOf(admin.api.users.impersonate.mutate({ id: erinId, reason: "  " }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors).toEqual({ reason: ["A reason is required to impersonate a user."] });
    await setSettings({ requireReason: false });
    try {
      await admin.api.users.impersonate.mutate({ id: erinId });
      expect((await admin.api.auth.me.query())?.user.username).toBe("erin");
      await admin.api.auth.endImpersonation.mutate();
    } finally {
      await setSettings({ requireReason: true });
    }
  });

  it("an inactive user cannot be impersonated, with a clear message", async () => {
    const ghost = await createUserWithPassword(app, "ghost", "ghost-password");
    await sql(app.database.fork(), "UPDATE users SET is_active = false WHERE id = ?", [ghost.id]);
    const admin = await app.signedIn("admin", adminPassword);
    expect(await errorOf(admin.api.users.impersonate.mutate({ id: ghost.id, reason: "x" }))).toMatchObject({ code: "BAD_REQUEST", message: "This user is inactive and cannot be impersonated." });
  });

  it("ending without starting is harmless", async () => {
    const admin = await app.signedIn("admin", adminPassword);
    expect(await admin.api.auth.endImpersonation.mutate()).toEqual({ ended: false });
    expect((await admin.api.auth.me.query())?.user.username).toBe("admin");
  });
});

describe("while impersonating", () => {
  it("acts as the user, names both people in every event, and returns to the admin at the end", async () => {
    const since = new Date().toISOString();
    const admin = await app.signedIn("admin", adminPassword);
    await admin.api.users.impersonate.mutate({ id: erinId, reason: "ticket 42" });
    const me = await admin.api.auth.me.query();
    expect(me).toMatchObject({ user: { username: "erin", isSuperuser: false }, original: { username: "admin" }, impersonationReason: "ticket 42" });
    // erin holds no view_user: the admin now sees what erin sees.
    expect((await errorOf(admin.api.users.list.query({}))).code).toBe("FORBIDDEN");
    await admin.api.auth.endImpersonation.mutate();
    expect(await admin.api.auth.me.query()).toMatchObject({ user: { username: "admin" }, original: null });

    const events = await sql<{ action: string; username: string; on_behalf_of_username: string | null; reason: string | null }>(
      app.database.fork(),
      "SELECT action, username, on_behalf_of_username, context->>'reason' AS reason FROM events WHERE action LIKE 'impersonation_%' AND target_user_id = ? AND created_at >= ?::timestamptz ORDER BY created_at",
      [erinId, since],
    );
    expect(events).toEqual([
      { action: "impersonation_started", username: "admin", on_behalf_of_username: null, reason: "ticket 42" },
      { action: "impersonation_ended", username: "admin", on_behalf_of_username: null, reason: null },
    ]);
  });

  it("an event written during the impersonation names the user and the admin", async () => {
    await grantOnUser("erin", "change_user", frankId);
    const admin = await app.signedIn("admin", adminPassword);
    await admin.api.users.impersonate.mutate({ id: erinId, reason: "ticket 43" });
    await admin.api.users.update.mutate({ id: frankId, name: "Frank (edited while impersonating)" });
    await admin.api.auth.endImpersonation.mutate();
    const rows = await sql<{ username: string; on_behalf_of_username: string }>(
      app.database.fork(),
      "SELECT username, on_behalf_of_username FROM events WHERE action = 'model_updated' AND target_user_id = ? ORDER BY created_at DESC LIMIT 1",
      [frankId],
    );
    expect(rows[0]).toEqual({ username: "erin", on_behalf_of_username: "admin" });
  });
});
