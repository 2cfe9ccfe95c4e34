import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trustMessages } from "@roster/core";
import { newId } from "@roster/db";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const password = "token-user-password-1";

describe("tokens", () => {
  it("creates a token whose key authenticates as its user, storing only the key's SHA-256", async () => {
    const admin = app.admin().api;
    const owner = await createUserWithPassword(app, "token-owner", password);
    const { token, key } = await admin.tokens.create.mutate({ identifier: "owner-api", userId: owner.id, description: "CI" });
    expect(token).toMatchObject({ identifier: "owner-api", user: { id: owner.id, username: "token-owner" }, intent: "api", expiring: true, description: "CI" });
    expect(key.length).toBeGreaterThanOrEqual(60);
    expect(token).not.toHaveProperty("keyHash");

    const me = await app.client({ token: key }).api.auth.me.query();
    expect(me?.user.username).toBe("token-owner");

    const rows = await sql<{ key_hash: string }>(app.database.fork(), "SELECT key_hash FROM api_tokens WHERE id = ?", [token.id]);
    expect(rows[0]?.key_hash).not.toBe(key);
    expect(rows[0]?.key_hash).toBe(createHash("sha256").update(key).digest("hex"));
  });

  it("defaults the user to the caller and the expiry to the settings' default duration", async () => {
    await sql(app.database.fork(), "UPDATE settings SET default_token_duration_seconds = 3600");
    const before = Date.now();
    const { token } = await app.admin().api.tokens.create.mutate({ identifier: "admin-default" });
    expect(token.user.username).toBe("admin");
    const expires = new Date(token.expires ?? "").getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 3_600_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 3_600_000 + 1000);
    await sql(app.database.fork(), "UPDATE settings SET default_token_duration_seconds = 86400");
  });

  it("refuses a duplicate identifier and an expiry in the past", async () => {
    const admin = app.admin().api;
    await admin.tokens.create.mutate({ identifier: "taken-identifier" });
    expect(await errorOf(admin.tokens.create.mutate({ identifier: "taken-identifier" }))).toMatchObject({
      code: "CONFLICT",
      data: { fieldErrors: { identifier: ["A token with this identifier already exists."] } },
    });
    expect(await errorOf(admin.tokens.create.mutate({ identifier: "past", expires: "2001-01-01T00:00:00Z" }))).toMatchObject({
      code: "BAD_REQUEST",
      data: { fieldErrors: { expires: ["The expiry date must be in the future."] } },
    });
  });

  it("lists, reads, updates and deletes tokens, leaving recovery tokens out", async () => {
    const admin = app.admin().api;
    const owner = await createUserWithPassword(app, "listed-owner", password);
    const api = await admin.tokens.create.mutate({ identifier: "listed-api", userId: owner.id });
    const appPassword = await admin.tokens.create.mutate({ identifier: "listed-app", userId: owner.id, intent: "app_password", expiring: false });
    expect(appPassword.token).toMatchObject({ expiring: false, expires: null });
    const recoveryId = newId();
    await sql(app.database.fork(), "INSERT INTO api_tokens (id, identifier, user_id, key_hash, intent, expires) VALUES (?, 'listed-recovery', ?, 'x', 'recovery', now() + interval '1 hour')", [recoveryId, owner.id]);

    const listed = await admin.tokens.list.query({ userId: owner.id });
    expect(listed.items.map((token) => token.identifier)).toEqual(["listed-api", "listed-app"]);
    expect((await admin.tokens.list.query({ userId: owner.id, intent: "app_password" })).items.map((token) => token.identifier)).toEqual(["listed-app"]);
    expect((await errorOf(admin.tokens.get.query({ id: recoveryId }))).code).toBe("NOT_FOUND");
    expect(await admin.tokens.get.query({ id: api.token.id })).toEqual(api.token);

    const updated = await admin.tokens.update.mutate({ id: api.token.id, description: "rotated", expiring: false });
    expect(updated).toMatchObject({ description: "rotated", expiring: false, expires: null });
    const expires = new Date(Date.now() + 86_400_000).toISOString();
    expect(await admin.tokens.update.mutate({ id: api.token.id, expiring: true, expires })).toMatchObject({ expiring: true, expires });

    expect(await admin.tokens.delete.mutate({ ids: [api.token.id, appPassword.token.id, recoveryId] })).toEqual({ deleted: 2 });
    expect(await app.client({ token: api.key }).api.auth.me.query()).toBeNull();
    const recovery = await sql(app.database.fork(), "SELECT 1 FROM api_tokens WHERE id = ?", [recoveryId]);
    expect(recovery).toHaveLength(1);
  });

  it("a non-super-user holding add_token cannot create a token for a super-user", async () => {
    const admin = app.admin().api;
    const issuer = await createUserWithPassword(app, "token-issuer", password);
    const role = await admin.roles.create.mutate({ name: "token-issuer-role" });
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "add_token" });
    await admin.users.assignRoles.mutate({ userId: issuer.id, roleIds: [role.id] });
    const adminUser = (await admin.auth.me.query())?.user.id ?? "";
    const client = await app.signedIn("token-issuer", password);
    const refused = await errorOf(client.api.tokens.create.mutate({ identifier: "stolen-admin", userId: adminUser }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: trustMessages.superuserTarget });
    expect((await client.api.tokens.create.mutate({ identifier: "issuer-own" })).token.user.username).toBe("token-issuer");
  });

  it("never writes a token key into an event", async () => {
    const { token, key } = await app.admin().api.tokens.create.mutate({ identifier: "audited-token" });
    await app.admin().api.tokens.update.mutate({ id: token.id, description: "changed" });
    await app.admin().api.tokens.delete.mutate({ ids: [token.id] });
    const events = await sql<{ action: string; context: string }>(app.database.fork(), "SELECT action, context::text AS context FROM events WHERE context->>'pk' = ? ORDER BY created_at", [token.id]);
    expect(events.map((event) => event.action)).toEqual(["model_created", "model_updated", "model_deleted"]);
    const all = await sql<{ context: string }>(app.database.fork(), "SELECT context::text AS context FROM events");
    for (const event of all) expect(event.context).not.toContain(key);
  });
});
