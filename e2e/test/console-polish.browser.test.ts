/**
 * The console follows the admin's permissions and says what happened to whom (issue 15): a
 * limited admin sees only what their roles open, with a refusal in place of a page they cannot
 * open; Logs names the user an admin's password reset was about; a toast raised over an open
 * dialog can be dismissed; the login page links to the brand's recovery flow; an unknown user id
 * is the not-found page; and axe-core finds no serious violation on the main pages.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { seriousViolations } from "../src/axe.js";
import { screenshot } from "../src/browser.js";
import { signInThroughConsole } from "../src/console.js";
import type { Environment } from "../src/environment.js";
import { createLimitedAdmin } from "../src/limited-admin.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";
import { useRecoveryFlow } from "../src/recovery-setup.js";

let ui: ConsoleSession;
let environment: Environment;
let browser: Browser;
let page: Page;
let bobId: string;

beforeAll(async () => {
  ui = await startConsole({ clipboard: true, signInAs: null, seed: async (started) => {
    environment = started;
    const admin = environment.app.admin().api;
    bobId = (await admin.users.create.mutate({ username: "bob", name: "Bob Example", path: "users" })).id;
    await useRecoveryFlow(environment.app.admin(), "recovery-link-only.yaml");
  } });
  ({ environment, browser, page } = ui);
}, 120_000);
afterAll(() => ui?.close());

async function menuLinks(target: Page): Promise<string[]> {
  return target.locator("nav[aria-label=Main] .side-nav-groups a").allTextContents();
}

it("the login page links to the brand's recovery flow", async () => {
  await page.goto(`${environment.baseUrl}/login`);
  const forgot = page.getByRole("link", { name: "Forgot username or password?" });
  await forgot.waitFor();
  expect(await forgot.getAttribute("href")).toMatch(/^\/flow\/[a-z0-9-]+$/);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "polish-login");
});

it("a limited admin (view_user only) sees Users and nothing else, no Create or Delete, and a refusal instead of Groups", async () => {
  const admin = environment.app.admin().api;
  const viewer = await createLimitedAdmin(admin, "e2e-viewer", ["access_admin_console", "view_user"]);

  const limited = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInThroughConsole(limited, environment.baseUrl, viewer.username, viewer.password);
  await limited.locator("nav[aria-label=Main] .side-nav-groups a").first().waitFor();
  expect(await menuLinks(limited)).toEqual(["Overview", "User statistics", "Users", "Data Exports", "My applications", "Settings"]);
  await limited.goto(`${environment.baseUrl}/directory/users`);
  await limited.getByRole("table", { name: "Users" }).getByRole("link", { name: "bob" }).waitFor();
  expect(await limited.getByRole("button", { name: "Create", exact: true }).count()).toBe(0);
  expect(await limited.getByRole("checkbox").count()).toBe(0);
  expect(await limited.getByRole("button", { name: "Edit bob" }).count()).toBe(0);
  await screenshot(limited, "polish-limited-users");

  await limited.goto(`${environment.baseUrl}/directory/groups`);
  await limited.getByRole("heading", { name: "You cannot open this page" }).waitFor();
  expect(await limited.locator("main").textContent()).toContain('You do not have the permission "view_group".');
  expect(await limited.locator("main").textContent()).not.toContain("No groups yet");
  await screenshot(limited, "polish-limited-groups");
  await limited.close();
});

it("Logs names the user an admin's password reset was about, and links to them", async () => {
  await signInThroughConsole(page, environment.baseUrl, "admin", adminPassword);
  await environment.app.admin().api.users.setPassword.mutate({ id: bobId, password: "bob-new-password-1" });
  await page.goto(`${environment.baseUrl}/events/logs?action=password_set`);
  const row = page.getByRole("table", { name: "Events" }).locator("tbody tr").filter({ hasText: "Password set" }).first();
  const subject = row.getByRole("link", { name: "User bob" });
  await subject.waitFor();
  expect(await subject.getAttribute("href")).toBe(`/directory/users/${bobId}`);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "polish-logs");
  await subject.click();
  await page.getByRole("heading", { name: "bob", level: 1 }).waitFor();
});

it("a toast raised over an open dialog is shown inside it and can be dismissed", async () => {
  await page.goto(`${environment.baseUrl}/directory/tokens`);
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Identifier").fill("e2e-toast");
  await dialog.getByRole("button", { name: "Create", exact: true }).click();
  await expect.poll(() => dialog.getByRole("heading").textContent()).toBe("Token created");
  await dialog.getByRole("button", { name: "Copy" }).click();
  const toast = dialog.locator(".toast").filter({ hasText: "Key copied to the clipboard" });
  await toast.waitFor();
  await screenshot(page, "polish-toast-over-dialog");
  await toast.getByRole("button", { name: "Dismiss" }).click();
  await expect.poll(() => toast.count()).toBe(0);
  expect(await dialog.isVisible()).toBe(true);
  await dialog.getByRole("button", { name: "Done" }).click();
});

it("the user page shows the new password's date right after Reset password, without a reload", async () => {
  const admin = environment.app.admin().api;
  const carol = await admin.users.create.mutate({ username: "carol", path: "users" });
  await page.goto(`${environment.baseUrl}/directory/users/${carol.id}`);
  const changed = page.locator("dt", { hasText: "Password changed" }).locator("xpath=following-sibling::dd[1]");
  await expect.poll(() => changed.textContent()).toBe("never");
  await page.locator(".page-header-toolbar").getByRole("button", { name: "Reset password", exact: true }).click();
  await page.getByRole("dialog").getByLabel(/^New password/).fill("carol-new-password-1");
  await page.getByRole("dialog").getByLabel("Repeat new password").fill("carol-new-password-1");
  await page.getByRole("dialog").getByRole("button", { name: "Set password" }).click();
  await page.getByText("Password of carol changed").waitFor();
  await expect.poll(() => changed.textContent()).toBe("just now");
});

it("an unknown or malformed user id is the not-found page, without validation text", async () => {
  for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
    await page.goto(`${environment.baseUrl}/directory/users/${id}`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await page.locator("main").textContent()).not.toMatch(/uuid/i);
  }
  await screenshot(page, "polish-not-found");
});

it("has no serious accessibility violation on Users, a user page and Groups", async () => {
  for (const [path, ready] of [
    ["/directory/users", () => page.getByRole("table", { name: "Users" }).getByRole("link", { name: "bob" }).waitFor()],
    [`/directory/users/${bobId}`, () => page.getByRole("heading", { name: "bob", level: 1 }).waitFor()],
    ["/directory/groups", () => page.getByRole("table", { name: "Groups" }).waitFor()],
  ] as const) {
    await page.goto(`${environment.baseUrl}${path}`);
    await ready();
    expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
  }
});
