/**
 * Export users in Chromium, as an admin works: filter the list with a query, confirm the filters
 * in the Export dialog (choosing the ordering there), follow the toast to Events › Data Exports,
 * see the bell announce the finished export, download the CSV from the notification and check it
 * holds the filtered users only. Each step saves a screenshot.
 */
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "../src/browser.js";
import type { Environment } from "../src/environment.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";

const query = 'attributes.team = "export-qa"';

let ui: ConsoleSession;
let environment: Environment;
let page: Page;

beforeAll(async () => {
  ui = await startConsole({ environment: { worker: true }, viewport: { width: 1280, height: 860 }, acceptDownloads: true, seed: async (started) => {
    environment = started;
    const api = environment.app.admin().api;
    for (const username of ["qa-ann", "qa-bob", "qa-cid"]) {
      await api.users.create.mutate({ username, name: `QA ${username.slice(3)}`, email: `${username}@example.com`, path: "users/qa", attributes: { team: "export-qa" } });
    }
    await api.users.create.mutate({ username: "qa-dan", path: "users/qa", attributes: { team: "sales" } });
    await api.users.create.mutate({ username: "other-eve", path: "users/other" });
  } });
  ({ environment, page } = ui);
});

afterEach(async (context) => {
  if (context.task.result?.state === "fail") await screenshot(page, `export-failed-${context.task.name.slice(0, 40).replaceAll(" ", "-")}`);
});

afterAll(() => ui?.close());

const dialog = () => page.getByRole("dialog");
const usersTable = () => page.getByRole("table", { name: "Users" });
const bell = () => page.getByRole("button", { name: /^Notifications/ });

it("exports the filtered users after confirming the filters, and announces the file in the bell", async () => {
  await page.goto(`${environment.baseUrl}/directory/users`);
  await expect.poll(() => bell().getAttribute("aria-label")).toBe("Notifications");
  const search = page.getByRole("combobox", { name: "Search" });
  await search.fill(query);
  await search.press("Escape");
  await search.press("Enter");
  await page.waitForURL(/q=attributes/);
  await expect.poll(() => usersTable().locator("tbody tr").count()).toBe(3);
  expect(await usersTable().textContent()).not.toContain("qa-dan");
  await screenshot(page, "export-01-filtered-list");

  await page.getByRole("button", { name: "Export", exact: true }).click();
  const filters = dialog().getByRole("definition");
  await expect.poll(() => filters.allTextContents()).toEqual([query, "All folders"]);
  const ordering = dialog().getByLabel("Ordering");
  expect(await ordering.locator("option:checked").textContent()).toBe("Username (A → Z)");
  await ordering.selectOption({ label: "Username (Z → A)" });
  await screenshot(page, "export-02-dialog");
  await dialog().getByRole("button", { name: "Export", exact: true }).click();
  await expect.poll(() => dialog().count()).toBe(0);

  const started = page.locator(".export-started-region");
  await expect.poll(() => started.textContent()).toContain("Export started — you will be notified when it is ready");
  await screenshot(page, "export-03-started-toast");

  // The toast leads to Events › Data Exports, where the export shows with its filters.
  await started.getByRole("link", { name: "Open Data Exports" }).click();
  await page.waitForURL(/\/events\/exports$/);
  const exports = page.getByRole("table", { name: "Data exports" });
  await expect.poll(() => exports.textContent()).toContain(`query ${query}`);
  expect(await exports.textContent()).toContain("ordering -username");

  // The worker finishes; the bell (asked to look by the Users page, and polling) counts it.
  await expect.poll(() => bell().getAttribute("aria-label"), { timeout: 20_000 }).toBe("Notifications, 1 unread");
  await expect.poll(() => exports.textContent()).toContain("Done");
  await screenshot(page, "export-04-data-exports-done");

  await bell().click();
  const drawer = page.getByRole("dialog", { name: "Notifications" });
  await expect.poll(() => drawer.textContent()).toContain(`Export of 3 users ready — query ${query}`);
  await screenshot(page, "export-05-notifications");
  const [download] = await Promise.all([page.waitForEvent("download"), drawer.getByRole("link", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const rows: string[][] = parse(fs.readFileSync(await download.path(), "utf8"), { bom: true });
  expect(rows[0]?.slice(0, 5)).toEqual(["Username", "Name", "Email", "Active", "Path"]);
  expect(rows.slice(1).map((row) => row[0])).toEqual(["qa-cid", "qa-bob", "qa-ann"]);
  expect(rows[1]?.[2]).toBe("qa-cid@example.com");
  expect(rows[1]?.[4]).toBe("users/qa");
  await expect.poll(() => bell().getAttribute("aria-label")).toBe("Notifications");
  await screenshot(page, "export-06-downloaded");
});

it("refuses a bad query with the backend's message, inside the dialog", async () => {
  await page.goto(`${environment.baseUrl}/directory/users?q=${encodeURIComponent('usrname = "x"')}&path=users%2Fqa`);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await expect.poll(() => dialog().getByRole("definition").allTextContents()).toEqual(['usrname = "x"', "users/qa and its subfolders"]);
  await dialog().getByRole("button", { name: "Export", exact: true }).click();
  await expect.poll(() => dialog().getByRole("alert").textContent()).toContain('Unknown field "usrname"');
  await screenshot(page, "export-07-bad-query");
  await dialog().getByRole("button", { name: "Cancel" }).click();
});
