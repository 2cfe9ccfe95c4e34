/**
 * The OAuth2 / OpenID provider's admin side (SPEC §11): the provider section of applications (a
 * generated client ID, a secret returned once and stored sealed, field errors), rotateSecret, the
 * default authorization flows, signing keys kept sealed, and the consent and refresh-token
 * procedures with their trust rules. The browser flow is e2e/test/oauth-provider.browser.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oauthMessages, trustMessages } from "@roster/core";
import { loadSigningKeys, newId, sealingKey } from "@roster/db";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { delegatedAdmin } from "./support/grants.js";
import { seedUsers } from "./support/seed.js";

let app: TestApp;
let adminId = "";
beforeAll(async () => {
  app = await startTestApp();
  adminId = (await query<{ id: string }>("SELECT id FROM users WHERE username = 'admin'"))[0]?.id ?? "";
});
afterAll(() => app.close());

const admin = () => app.admin().api;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${newId().slice(0, 6)}`;
const provider = { redirectUris: ["https://crm.example.com/callback"] };

async function query<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  return sql<T>(app.database.fork(), text, params);
}

/** A consent and a refresh token of the user for the application, written as the provider writes them. */
async function seedGrants(userId: string, applicationId: string): Promise<{ consentId: string; tokenId: string }> {
  const consentId = newId();
  const tokenId = newId();
  await query("INSERT INTO user_consents (id, user_id, application_id, permissions, expires) VALUES (?, ?, ?, 'openid profile', now() + interval '1 day')", [consentId, userId, applicationId]);
  await query("INSERT INTO refresh_tokens (id, user_id, application_id, token_hash, scope, expires) VALUES (?, ?, ?, ?, 'openid', now() + interval '1 day')", [tokenId, userId, applicationId, newId()]);
  return { consentId, tokenId };
}

describe("the provider of an application", () => {
  it("generates a client ID, returns a confidential client's secret once and keeps it sealed", async () => {
    const created = await admin().applications.create.mutate({ slug: unique("crm"), name: "CRM", provider });
    expect(created.oauthProvider).toMatchObject({ type: "oauth2", clientType: "confidential", redirectUris: provider.redirectUris, authorizationFlow: "default-provider-authorization-explicit-consent", accessTokenValidity: 300, refreshTokens: true });
    const secret = created.clientSecret ?? "";
    expect(secret.length).toBeGreaterThanOrEqual(64);
    const fetched = await admin().applications.get.query({ id: created.id });
    expect(JSON.stringify(fetched)).not.toContain(secret);
    const stored = await query<{ row: string }>("SELECT row_to_json(a)::text AS row FROM applications a WHERE id = ?", [created.id]);
    expect(stored[0]?.row).not.toContain(secret);
    const events = await query<{ context: string }>("SELECT context::text FROM events WHERE context->>'pk' = ?", [created.id]);
    expect(events.map((event) => event.context).join()).not.toContain(secret);

    const rotated = await admin().applications.rotateSecret.mutate({ id: created.id });
    expect(rotated.clientSecret).not.toBe(secret);
    const edited = await admin().applications.update.mutate({ id: created.id, provider: { ...provider, redirectUris: ["https://crm.example.com/other"] } });
    expect(edited.oauthProvider?.clientId).toBe(created.oauthProvider?.clientId);
    expect(edited.clientSecret).toBeNull();
  });

  it("gives a public client no secret, and refuses to rotate one", async () => {
    const created = await admin().applications.create.mutate({ slug: unique("spa"), name: "SPA", provider: { ...provider, clientType: "public" } });
    expect(created.clientSecret).toBeNull();
    expect(await errorOf(admin().applications.rotateSecret.mutate({ id: created.id }))).toMatchObject({ code: "BAD_REQUEST", message: oauthMessages.clientTypeNoSecret });
    const confidential = await admin().applications.update.mutate({ id: created.id, provider: { ...provider, clientType: "confidential" } });
    expect(confidential.clientSecret).toBeTruthy();
  });

  it("names the field and the rule of a wrong redirect URI or flow", async () => {
    const badUri = await errorOf(admin().applications.create.mutate({ slug: unique("bad"), name: "Bad", provider: { redirectUris: ["https://ok.example/cb", "http://plain.example/cb"] } }));
    expect(badUri.data.fieldErrors).toEqual({ "provider.redirectUris.1": [oauthMessages.redirectUriScheme] });
    const badFlow = await errorOf(admin().applications.create.mutate({ slug: unique("bad"), name: "Bad", provider: { ...provider, authorizationFlow: "default-authentication-flow" } }));
    expect(badFlow.data.fieldErrors).toEqual({ "provider.authorizationFlow": [oauthMessages.flowDesignation] });
  });

  it("removing the provider removes what was granted through it", async () => {
    const created = await admin().applications.create.mutate({ slug: unique("gone"), name: "Gone", provider });
    const { consentId } = await seedGrants(adminId, created.id);
    const updated = await admin().applications.update.mutate({ id: created.id, provider: null });
    expect(updated.oauthProvider).toBeNull();
    expect(await query("SELECT 1 FROM user_consents WHERE id = ?", [consentId])).toHaveLength(0);
  });
});

describe("first start", () => {
  it("creates both authorization flows, the explicit one with an expiring four-week consent stage", async () => {
    const rows = await query<{ slug: string; stages: { type: string; settings: Record<string, unknown> }[] | null }>(
      `SELECT f.slug, (SELECT json_agg(json_build_object('type', s.type, 'settings', s.settings)) FROM flow_stage_bindings b JOIN stages s ON s.id = b.stage_id WHERE b.flow_id = f.id) AS stages
         FROM flows f WHERE f.designation = 'authorization' ORDER BY f.slug`,
    );
    expect(rows).toEqual([
      { slug: "default-provider-authorization-explicit-consent", stages: [{ type: "consent", settings: { mode: "expiring", consentExpirySeconds: 28 * 24 * 3600 } }] },
      { slug: "default-provider-authorization-implicit-consent", stages: null },
    ]);
  });

  it("keeps the signing key sealed in PostgreSQL and loads the same one on every start", async () => {
    const sealing = sealingKey("roster-test-secret-key-0123456789", "oauth-signing-keys");
    const first = await loadSigningKeys(app.database.fork(), sealing);
    const again = await loadSigningKeys(app.database.fork(), sealing);
    expect(again.map((key) => key.kid)).toEqual(first.map((key) => key.kid));
    const stored = await query<{ sealed_jwk: string }>("SELECT sealed_jwk FROM oauth_signing_keys");
    expect(stored.map((row) => row.sealed_jwk).join()).not.toContain(String(first[0]?.d));
    let unreadable = 0;
    const other = await loadSigningKeys(app.database.fork(), sealingKey("another-secret-key-0123456789", "oauth-signing-keys"), (count) => (unreadable = count));
    expect(unreadable).toBe(stored.length);
    expect(other[0]?.kid).not.toBe(first[0]?.kid);
  });
});

describe("consents and refresh tokens", () => {
  it("lists a user's consents and refresh tokens, and deletes them with a model_deleted event each", async () => {
    const application = await admin().applications.create.mutate({ slug: unique("wiki"), name: "Wiki", provider });
    const users = await seedUsers(app.database, [{ username: unique("reader") }]);
    const userId = [...users.values()][0] ?? "";
    const { consentId, tokenId } = await seedGrants(userId, application.id);
    const consents = await admin().users.consents.query({ userId });
    expect(consents).toMatchObject({ items: [{ id: consentId, application: { id: application.id, name: "Wiki" }, permissions: ["openid", "profile"] }], nextCursor: null });
    const tokens = await admin().users.refreshTokens.query({ userId });
    expect(tokens.items).toMatchObject([{ id: tokenId, application: { name: "Wiki" }, scopes: ["openid"], revoked: false }]);

    expect(await admin().consents.delete.mutate({ ids: [consentId] })).toEqual({ deleted: 1 });
    expect(await admin().refreshTokens.delete.mutate({ ids: [tokenId] })).toEqual({ deleted: 1 });
    expect((await admin().users.consents.query({ userId })).items).toHaveLength(0);
    const events = await query<{ model: string }>("SELECT context->>'model' AS model FROM events WHERE action = 'model_deleted' AND target_user_id = ? ORDER BY model", [userId]);
    expect(events.map((event) => event.model)).toEqual(["refresh_token", "user_consent"]);
  });

  it("pages a user's consents newest first", async () => {
    const users = await seedUsers(app.database, [{ username: unique("pager") }]);
    const userId = [...users.values()][0] ?? "";
    for (let index = 0; index < 3; index++) {
      const application = await admin().applications.create.mutate({ slug: unique("paged"), name: `Paged ${index}`, provider });
      await seedGrants(userId, application.id);
    }
    const first = await admin().users.consents.query({ userId, limit: 2 });
    const second = await admin().users.consents.query({ userId, limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((item) => item.application.name)).toEqual(["Paged 2", "Paged 1", "Paged 0"]);
    expect(second.nextCursor).toBeNull();
  });

  it("only a super-user deletes a super-user's consents or refresh tokens", async () => {
    const application = await admin().applications.create.mutate({ slug: unique("guarded"), name: "Guarded", provider });
    const { consentId, tokenId } = await seedGrants(adminId, application.id);
    const { client } = await delegatedAdmin(app, unique("helpdesk"), () => [{ codename: "change_user" }, { codename: "view_user" }]);
    expect(await errorOf(client.api.consents.delete.mutate({ ids: [consentId] }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.superuserTarget });
    expect(await errorOf(client.api.refreshTokens.delete.mutate({ ids: [tokenId] }))).toMatchObject({ code: "FORBIDDEN", message: trustMessages.superuserTarget });
    expect(await query("SELECT 1 FROM user_consents WHERE id = ?", [consentId])).toHaveLength(1);
  });

  it("lets a user disconnect only their own applications from Settings", async () => {
    const application = await admin().applications.create.mutate({ slug: unique("own"), name: "Own", provider });
    const { consentId: adminConsent } = await seedGrants(adminId, application.id);
    const username = unique("self");
    const { id, client } = await delegatedAdmin(app, username, () => []);
    const { consentId: ownConsent } = await seedGrants(id, application.id);
    expect((await client.api.me.consents.query()).items.map((item) => item.id)).toEqual([ownConsent]);
    expect(await client.api.me.revokeConsents.mutate({ ids: [ownConsent, adminConsent] })).toEqual({ deleted: 1 });
    expect(await query("SELECT 1 FROM user_consents WHERE id = ?", [adminConsent])).toHaveLength(1);
  });

  it("marks a user's refresh tokens revoked at once by a password change", async () => {
    const application = await admin().applications.create.mutate({ slug: unique("password"), name: "Password", provider });
    const users = await seedUsers(app.database, [{ username: unique("changer") }]);
    const userId = [...users.values()][0] ?? "";
    await seedGrants(userId, application.id);
    await query("UPDATE refresh_tokens SET created_at = now() - interval '1 minute' WHERE user_id = ?", [userId]);
    await admin().users.setPassword.mutate({ id: userId, password: "A-new-password-1" });
    expect((await admin().users.refreshTokens.query({ userId })).items.map((token) => token.revoked)).toEqual([true]);
  });

  it("marks a deactivated user's refresh tokens revoked at once, before the job deletes them", async () => {
    const application = await admin().applications.create.mutate({ slug: unique("lifecycle"), name: "Lifecycle", provider });
    const users = await seedUsers(app.database, [{ username: unique("leaver") }]);
    const userId = [...users.values()][0] ?? "";
    await seedGrants(userId, application.id);
    await admin().users.setActive.mutate({ ids: [userId], isActive: false });
    expect((await admin().users.refreshTokens.query({ userId })).items.map((token) => token.revoked)).toEqual([true]);
  });
});
