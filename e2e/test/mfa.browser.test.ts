/**
 * MFA in Chromium with a virtual authenticator (CDP WebAuthn domain): a user enrols a passkey on
 * Settings, signs out, and signs in again with password + passkey; the admin then sees the device
 * on the user's MFA Authenticators tab and removes it, and the next sign-in asks only the password.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { launchBrowser, screenshot } from "../src/browser.js";
import { signInThroughConsole } from "../src/console.js";
import { startEnvironment, type Environment } from "../src/environment.js";

let environment: Environment;
let browser: Browser;
let userId: string;
const username = "pia";
const password = "pia-password-1";
beforeAll(async () => {
  environment = await startEnvironment({ host: "localhost" });
  browser = await launchBrowser();
  const admin = environment.app.admin().api;
  userId = (await admin.users.create.mutate({ username, name: "Pia Passkey" })).id;
  await admin.users.setPassword.mutate({ id: userId, password });
});
afterAll(async () => {
  await browser.close();
  await environment.close();
});

const toast = (page: Page) => page.getByRole("status").filter({ has: page.locator(".toast") });

async function withVirtualAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

it("a user enrols a passkey on Settings and signs in with password + passkey; the admin removes it", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
  });
  await withVirtualAuthenticator(page);
  await signInThroughConsole(page, environment.baseUrl, username, password);

  await page.goto(`${environment.baseUrl}/me/settings`);
  const devices = page.getByRole("region", { name: "MFA devices" });
  await devices.getByText("No MFA devices").waitFor();
  await devices.getByRole("button", { name: "Add authenticator app" }).click();
  const totpDialog = page.getByRole("dialog", { name: "Set up an authenticator app" });
  await totpDialog.getByRole("img", { name: "QR code for your authenticator app" }).waitFor();
  await screenshot(page, "mfa-01-totp-setup");
  await totpDialog.getByRole("button", { name: "Close" }).click();

  await devices.getByRole("button", { name: "Add passkey" }).click();
  const passkeyDialog = page.getByRole("dialog", { name: "Add a passkey" });
  await passkeyDialog.getByRole("button", { name: "Create passkey" }).click();
  await expect.poll(() => toast(page).textContent()).toContain("Passkey added");
  const row = devices.locator("tbody tr", { hasText: "Passkey or security key" });
  await row.waitFor();
  expect(await row.textContent()).toContain("Confirmed");
  await screenshot(page, "mfa-02-settings-with-passkey");
  await devices.getByRole("button", { name: "Create recovery codes" }).click();
  const codesDialog = page.getByRole("dialog", { name: "Recovery codes" });
  await expect.poll(() => codesDialog.getByRole("list", { name: "Recovery codes" }).locator("li").count()).toBe(10);
  await screenshot(page, "mfa-02b-recovery-codes");
  await codesDialog.getByRole("button", { name: "I have saved these codes" }).click();
  await expect.poll(() => toast(page).textContent()).toContain("Recovery codes saved");
  await devices.locator("tbody tr", { hasText: "Recovery codes" }).waitFor();
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "mfa-02-settings-with-passkey-1024-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole("button", { name: `${username}, user menu` }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await page.waitForURL(/\/login/);
  await page.getByLabel("Username or email").fill(username);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  const usePasskey = page.getByRole("button", { name: "Use a passkey" });
  await usePasskey.waitFor();
  await page.getByLabel("Code from your authenticator app, or a recovery code").or(page.getByLabel("Recovery code")).waitFor();
  await screenshot(page, "mfa-03-login-passkey-challenge");
  await usePasskey.click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.getByRole("button", { name: `${username}, user menu` }).waitFor();
  const [login] = await environment.app.database.fork().getConnection().execute<{ context: { amr: string[] } }[]>(
    "SELECT context FROM events WHERE target_user_id = ? AND action = 'login' ORDER BY created_at DESC LIMIT 1",
    [userId],
  );
  expect(login?.context.amr).toEqual(["pwd", "hwk"]);
  expect(cspViolations).toEqual([]);

  const adminContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const admin = await adminContext.newPage();
  await signInThroughConsole(admin, environment.baseUrl, "admin", adminPassword);
  await admin.goto(`${environment.baseUrl}/directory/users/${userId}?tab=authenticators`);
  const adminRow = admin.locator("tbody tr", { hasText: "Passkey or security key" });
  await adminRow.waitFor();
  await screenshot(admin, "mfa-04-admin-user-tab");
  const tab = admin.getByRole("tabpanel", { name: "MFA Authenticators" });
  await tab.getByRole("checkbox", { name: "Select Passkey" }).check();
  await tab.getByRole("checkbox", { name: "Select Recovery codes" }).check();
  await tab.getByRole("button", { name: "Delete" }).click();
  const confirm = admin.getByRole("alertdialog");
  expect(await confirm.textContent()).toContain(`Remove 2 authenticators of ${username}: `);
  await confirm.getByRole("button", { name: "Remove" }).click();
  await expect.poll(() => toast(admin).textContent()).toContain("2 authenticators removed");
  await expect.poll(() => adminRow.count()).toBe(0);
  await expect.poll(() => tab.locator("tbody tr", { hasText: "Recovery codes" }).count()).toBe(0);
  await screenshot(admin, "mfa-05-admin-removed");

  const again = await context.newPage();
  await again.context().clearCookies();
  await signInThroughConsole(again, environment.baseUrl, username, password);
  await context.close();
  await adminContext.close();
});
