/**
 * The OAuth2 / OpenID provider with a real relying party (openid-client 6) and Chromium:
 * discovery; a password user signs in with code + PKCE through the console's login page; consent
 * is asked once (listed by users.consents), not on the second authorization, and again after
 * consents.delete; the refresh token is listed by users.refreshTokens, rotated by a refresh, and
 * its reuse is invalid_grant; after refreshTokens.delete the next refresh is invalid_grant; a
 * user outside the application's bindings gets access_denied; RFC 7009 revocation; signing out of
 * Roster ends the provider's session, and end-session signs out of Roster; a deactivated user's refresh fails.
 * A confidential client (client_secret_basic, explicit consent) and a public one (PKCE only,
 * implicit consent). Screenshots of the consent page, the provider tab, the user tabs and Settings.
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { launchBrowser, screenshot } from "../src/browser.js";
import { signInThroughConsole } from "../src/console.js";
import { startEnvironment, type Environment } from "../src/environment.js";
import { authorizationRequest, browseAuthorization, client, discover, exchangeCode, startCallbackServer, type CallbackServer } from "../src/relying-party.js";

let environment: Environment;
let browser: Browser;
let callback: CallbackServer;
let current: Page;
const contexts: BrowserContext[] = [];
const people = { pat: "", olga: "" };
const passwords = { pat: "pat-password-1", olga: "olga-password-1" };
const crm = { id: "", clientId: "", clientSecret: "" };
const spa = { clientId: "" };
let config: client.Configuration;
let patPage: Page;

async function newPage(width = 1440): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  current = await context.newPage();
  current.setDefaultTimeout(10_000);
  return current;
}

const api = () => environment.app.admin().api;

/** The console's login page, reached from an authorization. */
async function signInOnLoginPage(page: Page, username: keyof typeof passwords): Promise<void> {
  await page.waitForURL((url) => url.pathname === "/login");
  await page.getByLabel("Username or email").fill(username);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByLabel("Password").fill(passwords[username]);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function acceptConsent(page: Page, name: string): Promise<void> {
  await page.waitForURL((url) => url.pathname.startsWith("/consent/"));
  await expect.poll(() => page.getByRole("heading", { name: `Sign in to ${name}` }).isVisible()).toBe(true);
  await page.getByRole("button", { name: "Continue" }).click();
}

beforeAll(async () => {
  callback = await startCallbackServer();
  environment = await startEnvironment();
  browser = await launchBrowser();
  const pat = await api().users.create.mutate({ username: "pat", name: "Pat Password", email: "pat@example.com" });
  const olga = await api().users.create.mutate({ username: "olga", name: "Olga Outsider" });
  people.pat = pat.id;
  people.olga = olga.id;
  await api().users.setPassword.mutate({ id: pat.id, password: passwords.pat });
  await api().users.setPassword.mutate({ id: olga.id, password: passwords.olga });
  const group = await api().groups.create.mutate({ name: "crm-users" });
  await api().groups.addMembers.mutate({ groupId: group.id, userIds: [pat.id] });
  const created = await api().applications.create.mutate({
    slug: "crm",
    name: "CRM",
    provider: { clientType: "confidential", redirectUris: [callback.redirectUri], authorizationFlow: "default-provider-authorization-explicit-consent", accessTokenValidity: 300, refreshTokenValidity: 86_400, refreshTokens: true },
  });
  crm.id = created.id;
  crm.clientId = created.oauthProvider?.clientId ?? "";
  crm.clientSecret = created.clientSecret ?? "";
  await api().bindings.create.mutate({ applicationId: created.id, groupId: group.id });
  const publicApp = await api().applications.create.mutate({
    slug: "spa",
    name: "Single-page app",
    provider: { clientType: "public", redirectUris: [callback.redirectUri], authorizationFlow: "default-provider-authorization-implicit-consent", accessTokenValidity: 300, refreshTokenValidity: 86_400, refreshTokens: true },
  });
  spa.clientId = publicApp.oauthProvider?.clientId ?? "";
  expect(publicApp.clientSecret).toBeNull();
  patPage = await newPage();
});

afterEach(async (context) => {
  if (context.task.result?.state === "fail") await screenshot(current, `oauth-failed-${context.task.name.slice(0, 40).replaceAll(" ", "-")}`);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await environment?.close();
  await callback?.close();
});

it("publishes discovery for the issuer under /oauth, and the confidential client's secret once", async () => {
  expect(crm.clientSecret.length).toBeGreaterThan(40);
  config = await discover(environment.baseUrl, crm.clientId, crm.clientSecret);
  const metadata = config.serverMetadata();
  expect(metadata.issuer).toBe(`${environment.baseUrl}/oauth`);
  expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
  expect(metadata.revocation_endpoint).toBe(`${environment.baseUrl}/oauth/token/revocation`);
  expect(metadata.end_session_endpoint).toBeDefined();
  const fetched = await api().applications.get.query({ id: crm.id });
  expect(JSON.stringify(fetched)).not.toContain(crm.clientSecret);
});

let firstTokens: Awaited<ReturnType<typeof exchangeCode>>;

it("signs a password user in with code + PKCE through the console's login page, asking consent once", async () => {
  current = patPage;
  const authorization = await authorizationRequest(config, callback.redirectUri);
  const { callback: back } = await browseAuthorization(patPage, authorization, callback.redirectUri, async (page) => {
    await signInOnLoginPage(page, "pat");
    await page.waitForURL((url) => url.pathname.startsWith("/consent/"));
    await expect.poll(() => page.getByText("Your name, username and groups").isVisible()).toBe(true);
    expect(await page.getByText("New").count()).toBe(3);
    await screenshot(page, "oauth-consent-1440-light");
    await acceptConsent(page, "CRM");
  });
  firstTokens = await exchangeCode(config, back, authorization);
  const claims = firstTokens.claims();
  expect(claims?.sub).toBe(people.pat);
  expect(firstTokens.refresh_token).toBeTruthy();
  const userinfo = await client.fetchUserInfo(config, firstTokens.access_token, people.pat);
  expect(userinfo).toMatchObject({ sub: people.pat, preferred_username: "pat", name: "Pat Password", email: "pat@example.com", email_verified: true, groups: ["crm-users"] });

  const consents = await api().users.consents.query({ userId: people.pat });
  expect(consents.items).toHaveLength(1);
  expect(consents.items[0]).toMatchObject({ application: { slug: "crm", name: "CRM" }, permissions: ["openid", "profile", "email"] });
  expect(consents.items[0]?.expires).not.toBeNull();
  const events = await api().events.list.query({ action: "authorize_application" });
  expect(events.items.some((event) => event.user?.username === "pat" && JSON.stringify(event.context).includes("crm"))).toBe(true);
  expect(JSON.stringify(events.items)).not.toContain(firstTokens.access_token);
});

it("does not ask again on a second authorization, and asks again after consents.delete", async () => {
  current = patPage;
  const second = await authorizationRequest(config, callback.redirectUri);
  const { callback: back, visited } = await browseAuthorization(patPage, second, callback.redirectUri);
  expect(visited.some((path) => path.startsWith("/consent/") || path === "/login")).toBe(false);
  const secondTokens = await exchangeCode(config, back, second);
  expect(secondTokens.claims()?.sub).toBe(people.pat);

  const consents = await api().users.consents.query({ userId: people.pat });
  await api().consents.delete.mutate({ ids: consents.items.map((consent) => consent.id) });
  const third = await authorizationRequest(config, callback.redirectUri);
  const asked = await browseAuthorization(patPage, third, callback.redirectUri, (page) => acceptConsent(page, "CRM"));
  expect(asked.visited.some((path) => path.startsWith("/consent/"))).toBe(true);
  await exchangeCode(config, asked.callback, third);
});

it("rotates the refresh token, and a reuse of the old one is invalid_grant", async () => {
  const listed = await api().users.refreshTokens.query({ userId: people.pat });
  expect(listed.items.length).toBeGreaterThanOrEqual(1);
  expect(listed.items.every((token) => token.application?.slug === "crm" && !token.revoked)).toBe(true);
  const old = firstTokens.refresh_token ?? "";
  const rotated = await client.refreshTokenGrant(config, old);
  expect(rotated.refresh_token).toBeTruthy();
  expect(rotated.refresh_token).not.toBe(old);
  await expect(client.refreshTokenGrant(config, old)).rejects.toMatchObject({ error: "invalid_grant" });
  // The reuse revoked the whole chain, the rotated token with it.
  await expect(client.refreshTokenGrant(config, rotated.refresh_token ?? "")).rejects.toMatchObject({ error: "invalid_grant" });
});

it("refuses the next refresh after refreshTokens.delete", async () => {
  current = patPage;
  const authorization = await authorizationRequest(config, callback.redirectUri);
  const { callback: back } = await browseAuthorization(patPage, authorization, callback.redirectUri);
  const tokens = await exchangeCode(config, back, authorization);
  const listed = await api().users.refreshTokens.query({ userId: people.pat });
  await api().refreshTokens.delete.mutate({ ids: listed.items.map((token) => token.id) });
  await expect(client.refreshTokenGrant(config, tokens.refresh_token ?? "")).rejects.toMatchObject({ error: "invalid_grant" });
});

it("signs in through a public client with PKCE only and implicit consent", async () => {
  current = patPage;
  const publicConfig = await discover(environment.baseUrl, spa.clientId, null);
  const authorization = await authorizationRequest(publicConfig, callback.redirectUri);
  const { callback: back, visited } = await browseAuthorization(patPage, authorization, callback.redirectUri);
  expect(visited.some((path) => path.startsWith("/consent/"))).toBe(false);
  const tokens = await exchangeCode(publicConfig, back, authorization);
  expect(tokens.claims()?.sub).toBe(people.pat);
  const refreshed = await client.refreshTokenGrant(publicConfig, tokens.refresh_token ?? "");
  expect(refreshed.access_token).toBeTruthy();
});

it("sends a user outside the application's bindings back with access_denied, recording no consent", async () => {
  const page = await newPage();
  const authorization = await authorizationRequest(config, callback.redirectUri);
  const { callback: back } = await browseAuthorization(page, authorization, callback.redirectUri, (opened) => signInOnLoginPage(opened, "olga"));
  expect(back.searchParams.get("error")).toBe("access_denied");
  expect((await api().users.consents.query({ userId: people.olga })).items).toHaveLength(0);
});

it("shows the provider, the user's consents and refresh tokens, and Settings' connected applications", async () => {
  current = patPage;
  const authorization = await authorizationRequest(config, callback.redirectUri);
  const { callback: back } = await browseAuthorization(patPage, authorization, callback.redirectUri);
  await exchangeCode(config, back, authorization);
  await patPage.goto(`${environment.baseUrl}/me/settings`);
  await expect.poll(() => patPage.getByRole("heading", { name: "Connected applications" }).isVisible()).toBe(true);
  await expect.poll(() => patPage.getByRole("link", { name: "CRM" }).isVisible()).toBe(true);
  await screenshot(patPage, "oauth-settings-connected-1440-light");

  const admin = await newPage();
  await signInThroughConsole(admin, environment.baseUrl, "admin", adminPassword);
  await admin.goto(`${environment.baseUrl}/applications/${crm.id}?tab=provider`);
  await expect.poll(() => admin.getByText("OpenID configuration URL").isVisible()).toBe(true);
  expect(await admin.getByRole("button", { name: /^Copy / }).count()).toBe(9);
  await screenshot(admin, "oauth-provider-tab-1440-light");
  await admin.goto(`${environment.baseUrl}/directory/users/${people.pat}?tab=consents`);
  await expect.poll(() => admin.getByRole("link", { name: "CRM" }).isVisible()).toBe(true);
  await screenshot(admin, "oauth-user-consents-1440-light");
  await admin.goto(`${environment.baseUrl}/directory/users/${people.pat}?tab=refresh-tokens`);
  await expect.poll(() => admin.getByText("Active").first().isVisible()).toBe(true);
  await admin.getByRole("checkbox", { name: /Select refresh token of CRM/ }).first().check();
  await admin.getByRole("tabpanel", { name: "OAuth Refresh Tokens" }).getByRole("button", { name: "Delete" }).click();
  const confirm = admin.getByRole("alertdialog", { name: "Delete refresh token" });
  await expect.poll(() => confirm.isVisible()).toBe(true);
  await screenshot(admin, "oauth-user-refresh-tokens-delete-1440-light");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect.poll(() => admin.getByText("1 refresh token deleted").isVisible()).toBe(true);

  await admin.emulateMedia({ colorScheme: "dark" });
  await admin.setViewportSize({ width: 1024, height: 800 });
  await admin.goto(`${environment.baseUrl}/applications/${crm.id}?tab=provider`);
  await expect.poll(() => admin.getByText("OpenID configuration URL").isVisible()).toBe(true);
  await screenshot(admin, "oauth-provider-tab-1024-dark");
  await admin.goto(`${environment.baseUrl}/applications`);
  await admin.getByRole("button", { name: "Create" }).first().click();
  await admin.getByLabel("OAuth2 / OpenID Connect provider").check();
  await admin.getByLabel("Redirect URIs").scrollIntoViewIfNeeded();
  await expect.poll(() => admin.getByLabel("Redirect URIs").isVisible()).toBe(true);
  await screenshot(admin, "oauth-application-form-1024-dark");
});

it("revokes a refresh token through RFC 7009", async () => {
  current = patPage;
  const authorization = await authorizationRequest(config, callback.redirectUri);
  const { callback: back } = await browseAuthorization(patPage, authorization, callback.redirectUri);
  const tokens = await exchangeCode(config, back, authorization);
  await client.tokenRevocation(config, tokens.refresh_token ?? "");
  await expect(client.refreshTokenGrant(config, tokens.refresh_token ?? "")).rejects.toMatchObject({ error: "invalid_grant" });
});

it("logging out of Roster ends the provider's session: the next authorization asks to sign in", async () => {
  current = patPage;
  await patPage.goto(`${environment.baseUrl}/me/settings`);
  await patPage.getByRole("button", { name: /pat/ }).first().click();
  await patPage.getByRole("menuitem", { name: "Log out" }).click();
  await patPage.waitForURL((url) => url.pathname === "/login");
  const authorization = await authorizationRequest(config, callback.redirectUri);
  const { callback: back, visited } = await browseAuthorization(patPage, authorization, callback.redirectUri, (page) => signInOnLoginPage(page, "pat"));
  expect(visited).toContain("/login");
  expect(visited.some((path) => path.startsWith("/consent/"))).toBe(false);
  const tokens = await exchangeCode(config, back, authorization);

  // RP-initiated logout signs the browser out of Roster as well.
  await patPage.goto(client.buildEndSessionUrl(config, { id_token_hint: tokens.id_token ?? "", post_logout_redirect_uri: callback.redirectUri }).href);
  await screenshot(patPage, "oauth-end-session-1440-light");
  await patPage.getByRole("button", { name: "Sign out" }).click();
  await patPage.waitForURL((url) => url.href.startsWith(callback.redirectUri));
  await patPage.goto(`${environment.baseUrl}/me/settings`);
  await patPage.waitForURL((url) => url.pathname === "/login");
});

it("refuses a deactivated user's refresh at once", async () => {
  current = patPage;
  const authorization = await authorizationRequest(config, callback.redirectUri);
  // Signed out by the end-session above: sign in again.
  const { callback: back } = await browseAuthorization(patPage, authorization, callback.redirectUri, (page) => signInOnLoginPage(page, "pat"));
  const tokens = await exchangeCode(config, back, authorization);
  await api().users.setActive.mutate({ ids: [people.pat], isActive: false });
  await expect(client.refreshTokenGrant(config, tokens.refresh_token ?? "")).rejects.toMatchObject({ error: "invalid_grant" });
  await expect(client.fetchUserInfo(config, tokens.access_token, people.pat)).rejects.toBeDefined();
});
