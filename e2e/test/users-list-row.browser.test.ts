/**
 * The Users list's rows and the kit's table (issue 15, items 8 and 9): a row opens from the
 * keyboard to the user's facts and quick actions, which work from there (Reset password, then bob
 * signs in with it; Deactivate, then the list says Inactive); a limited admin sees the facts but
 * no action; the first click on the Username header flips the order; an events row opens on a
 * click; the user page's actions keep one row at 1024 px with the rest under More actions; and
 * Create service account on Users shows when its token expires.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { launchBrowser, screenshot } from "../src/browser.js";
import { createLimitedAdmin } from "../src/limited-admin.js";
import { signInThroughConsole } from "../src/console.js";
import { startEnvironment, type Environment } from "../src/environment.js";

let environment: Environment;
let browser: Browser;
let page: Page;
let bobId: string;

beforeAll(async () => {
  environment = await startEnvironment();
  const admin = environment.app.admin().api;
  bobId = (await admin.users.create.mutate({ username: "bob", name: "Bob Example", email: "bob@example.com", path: "users" })).id;
  await admin.users.create.mutate({ username: "zoe", name: "Zoe Last", path: "users" });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(8000);
  await signInThroughConsole(page, environment.baseUrl, "admin", adminPassword);
}, 120_000);
afterAll(async () => {
  await browser.close();
  await environment.close();
});

const users = (target: Page) => target.getByRole("table", { name: "Users" });

/** Opens bob's row with the keyboard (Tab to its chevron, Enter) and returns its details. */
async function openBobsRow(target: Page) {
  await target.goto(`${environment.baseUrl}/directory/users`);
  const chevron = users(target).getByRole("button", { name: "Details of bob" });
  await chevron.waitFor();
  expect(await chevron.getAttribute("aria-expanded")).toBe("false");
  await chevron.focus();
  await target.keyboard.press("Enter");
  await expect.poll(() => chevron.getAttribute("aria-expanded")).toBe("true");
  const details = target.locator(`[id="${await chevron.getAttribute("aria-controls")}"]`);
  await details.waitFor();
  return details;
}

async function usernames(target: Page): Promise<string[]> {
  return users(target).locator("tbody tr:not(.table-details) td a").allTextContents();
}

it("bob's row opens from the keyboard to his facts, and resets his password from there", async () => {
  const details = await openBobsRow(page);
  const text = await details.textContent();
  for (const fact of ["Bob Example", "bob@example.com", "users", "Internal", "Active", "never"]) expect(text).toContain(fact);
  const actions = details.getByRole("group", { name: "Actions on bob" });
  expect(await actions.getByRole("button").allTextContents()).toEqual(["Edit", "Reset password", "Create recovery link", "Impersonate", "Deactivate"]);
  await screenshot(page, "users-row-open-1440");
  await page.setViewportSize({ width: 1024, height: 800 });
  await screenshot(page, "users-row-open-1024");
  await page.setViewportSize({ width: 1440, height: 900 });

  await actions.getByRole("button", { name: "Reset password" }).click();
  const dialog = page.getByRole("dialog");
  const passwordFields = dialog.locator('input[type="password"]');
  await passwordFields.first().waitFor();
  for (const field of await passwordFields.all()) await field.fill("bob-row-password-1");
  await dialog.getByRole("button", { name: "Set password" }).click();
  await page.getByText("Password of bob changed").waitFor();
  const bob = await environment.app.admin().api.users.get.query({ id: bobId });
  expect(bob.passwordChangeDate).not.toBeNull();

  const bobsBrowser = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInThroughConsole(bobsBrowser, environment.baseUrl, "bob", "bob-row-password-1");
  expect(new URL(bobsBrowser.url()).pathname).not.toBe("/login");
  await bobsBrowser.close();
});

it("Deactivate from the row: the list then says Inactive, and the row offers Activate", async () => {
  const details = await openBobsRow(page);
  await details.getByRole("button", { name: "Deactivate" }).click();
  const confirm = page.getByRole("alertdialog");
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  const row = users(page).locator("tbody tr", { has: page.getByRole("link", { name: "bob", exact: true }) });
  await expect.poll(() => row.textContent()).toContain("Inactive");
  await expect.poll(() => details.getByRole("button", { name: "Activate" }).count()).toBe(1);
  await environment.app.admin().api.users.setActive.mutate({ ids: [bobId], isActive: true });
});

it("a click on a row's background opens it; the username stays a link", async () => {
  await page.goto(`${environment.baseUrl}/directory/users`);
  const chevron = users(page).getByRole("button", { name: "Details of zoe" });
  await chevron.waitFor();
  const row = users(page).locator("tbody tr", { has: page.getByRole("button", { name: "Details of zoe" }) });
  await row.locator("td").nth(3).click();
  await expect.poll(() => chevron.getAttribute("aria-expanded")).toBe("true");
  expect(new URL(page.url()).pathname).toBe("/directory/users");
  await row.getByRole("link", { name: "zoe" }).click();
  await page.getByRole("heading", { name: "zoe", level: 1 }).waitFor();
});

it("a limited admin (view_user only) sees the chevron and the facts, but no quick action", async () => {
  const admin = environment.app.admin().api;
  const viewer = await createLimitedAdmin(admin, "e2e-row-viewer", ["access_admin_console", "view_user"]);

  const limited = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInThroughConsole(limited, environment.baseUrl, viewer.username, viewer.password);
  const details = await openBobsRow(limited);
  expect(await details.textContent()).toContain("bob@example.com");
  expect(await details.getByRole("button").count()).toBe(0);
  expect(await limited.getByRole("button", { name: "Create service account" }).count()).toBe(0);
  await screenshot(limited, "users-row-open-limited");
  await limited.close();
});

it("the first click on the Username header flips the order and aria-sort", async () => {
  await page.goto(`${environment.baseUrl}/directory/users`);
  const header = users(page).getByRole("columnheader", { name: "Username" });
  await users(page).getByRole("link", { name: "bob" }).waitFor();
  expect(await header.getAttribute("aria-sort")).toBe("ascending");
  const before = await usernames(page);
  await header.getByRole("button").click();
  await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
  await expect.poll(() => usernames(page)).toEqual([...before].reverse());
  expect(new URL(page.url()).searchParams.get("ordering")).toBe("-username");
});

it("an events row opens on a click anywhere on it, and shows its context", async () => {
  await page.goto(`${environment.baseUrl}/events/logs`);
  const table = page.getByRole("table", { name: "Events" });
  const row = table.locator("tbody tr", { has: page.getByRole("button", { name: /^Details of / }) }).first();
  const chevron = row.getByRole("button", { name: /^Details of / });
  await chevron.waitFor();
  await row.locator("td").nth(1).click();
  await expect.poll(() => chevron.getAttribute("aria-expanded")).toBe("true");
  await page.locator(`[id="${await chevron.getAttribute("aria-controls")}"] pre`).waitFor();
});

it("at 1024 px the user page keeps its actions on one row, the rest under More actions", async () => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(`${environment.baseUrl}/directory/users/${bobId}`);
  await page.getByRole("heading", { name: "bob", level: 1 }).waitFor();
  const toolbar = page.locator(".page-header-toolbar");
  const shown = ["Edit", "Reset password", "Deactivate", "More actions", "Delete"];
  const boxes = [];
  for (const name of shown) {
    const box = await toolbar.getByRole("button", { name, exact: true }).boundingBox();
    expect(box, name).not.toBeNull();
    boxes.push(box ?? { x: 0, y: 0, width: 0, height: 0 });
  }
  // One row: every control's vertical middle within 2 px of the first one's.
  const middles = boxes.map((box) => box.y + box.height / 2);
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(2);
  const main = await page.locator("main").boundingBox();
  expect(Math.max(...boxes.map((box) => box.x + box.width))).toBeLessThanOrEqual((main?.x ?? 0) + (main?.width ?? 0));
  await screenshot(page, "users-header-1024");

  await toolbar.getByRole("button", { name: "More actions" }).click();
  expect(await page.getByRole("menu", { name: "More actions" }).getByRole("menuitem").allTextContents()).toEqual(["Create recovery link", "Email recovery link", "Impersonate"]);
  await screenshot(page, "users-header-1024-more");
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, "users-header-1440");
});

it("Create service account on Users says when its token expires, and the list shows the account", async () => {
  await page.goto(`${environment.baseUrl}/directory/users`);
  await page.getByRole("button", { name: "Create service account" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Username").fill("e2e-robot");
  const expiry = dialog.getByRole("status").filter({ hasText: /expire/i });
  await expect.poll(() => expiry.textContent()).toMatch(/^Expires in 1 y \(/);
  await screenshot(page, "users-service-account-dialog");
  await dialog.getByLabel("Expiring").uncheck();
  await expect.poll(() => expiry.textContent()).toBe("Never expires: works until deleted.");
  await dialog.getByRole("button", { name: "Create" }).click();
  await page.getByRole("dialog", { name: "Service account created" }).waitFor();
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await users(page).getByRole("link", { name: "e2e-robot" }).waitFor();
  const tokens = await environment.app.admin().api.tokens.list.query({});
  expect(tokens.items.find((token) => token.identifier.includes("e2e-robot"))?.expiring).toBe(false);
});
