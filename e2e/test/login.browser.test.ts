/**
 * The console's sign-in, in Chromium: wrong password, then the right one, then log out; the
 * console runs under its Content-Security-Policy without a violation.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { launchBrowser, screenshot } from "../src/browser.js";
import { signInThroughConsole } from "../src/console.js";
import { startEnvironment, type Environment } from "../src/environment.js";

let environment: Environment;
let browser: Browser;
beforeAll(async () => {
  environment = await startEnvironment();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await environment.close();
});

it("an admin signs in through the login flow, sees the console, and logs out", async () => {
  const page = await browser.newPage();
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
  });
  await page.goto(`${environment.baseUrl}/directory/users`);
  await page.waitForURL(/\/login/);
  await page.getByLabel("Username or email").fill("admin");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect.poll(() => page.getByRole("alert").textContent()).toContain("Invalid username or password.");
  await screenshot(page, "login-wrong-password");

  await page.getByLabel("Password").fill(adminPassword);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(/\/directory\/users/);
  await expect.poll(() => page.getByRole("navigation").first().textContent()).toContain("Users");
  await screenshot(page, "console-after-login");

  await page.getByRole("button", { name: "admin, user menu" }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await page.waitForURL(/\/login/);
  expect(cspViolations).toEqual([]);
  await page.close();
});

it("a signed-in console survives a reload", async () => {
  const page = await browser.newPage();
  await signInThroughConsole(page, environment.baseUrl, "admin", adminPassword);
  await page.reload();
  await expect.poll(() => page.url()).not.toContain("/login");
  await page.close();
});
