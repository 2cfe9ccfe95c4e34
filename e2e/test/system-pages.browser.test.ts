/**
 * Flows & Stages, Brands, the Outbox, Data Exports and the notification bell in Chromium: import
 * the example recovery flow, make it the default brand's recovery flow, then follow a user export
 * from the bell to Events › Data Exports.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "../src/browser.js";
import type { Environment } from "../src/environment.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";

let ui: ConsoleSession;
let environment: Environment;
let page: Page;
let outboxDir: string;
beforeAll(async () => {
  outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "roster-outbox-"));
  fs.writeFileSync(
    path.join(outboxDir, "0001.eml"),
    ["From: Roster <roster@example.com>", "To: erin@example.com", "Subject: Reset your password", "Date: Mon, 01 Jan 2024 10:00:00 +0000", "Content-Type: text/plain; charset=utf-8", "", "Hello erin,", "", "Reset your password here: http://127.0.0.1/flow/default-recovery-flow?token=abc", ""].join("\r\n"),
  );
  ui = await startConsole({ environment: { worker: true, env: { ROSTER_MAIL_CAPTURE_DIR: outboxDir } }, viewport: { width: 1280, height: 860 } });
  ({ environment, page } = ui);
});
afterAll(async () => {
  await ui?.close();
  fs.rmSync(outboxDir, { recursive: true, force: true });
});

const toast = () => page.getByRole("status").filter({ has: page.locator(".toast") });
const dialog = () => page.getByRole("dialog");

it("imports the example recovery flow and shows its stages", async () => {
  await page.goto(`${environment.baseUrl}/flows`);
  await expect.poll(() => page.getByRole("table", { name: "Flows" }).textContent()).toContain("default-authentication-flow");
  await screenshot(page, "system-flows");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await dialog().getByLabel("Example").selectOption({ label: "Recovery with email verification" });
  await expect.poll(() => dialog().getByLabel("Blueprint (YAML)").inputValue()).toContain("slug: default-recovery-flow");
  await screenshot(page, "system-flow-import");
  await dialog().getByRole("button", { name: "Import", exact: true }).click();
  await expect.poll(() => toast().textContent()).toContain("Flow default-recovery-flow imported with 5 stages");
  await page.waitForURL(/\/flows\/[0-9a-f-]+$/);
  const stages = page.getByRole("list", { name: "Stages of default-recovery-flow" });
  await expect.poll(() => stages.getByRole("listitem").count()).toBe(5);
  const names = await stages.locator(".flow-stage-name").allTextContents();
  expect(names).toEqual(["default-recovery-identification", "default-recovery-email", "default-recovery-password", "default-recovery-user-write", "default-recovery-login"]);
  await screenshot(page, "system-flow-page");

  // Reordering is local until Save.
  await page.getByRole("button", { name: "Move default-recovery-login up" }).click();
  await expect.poll(() => stages.locator(".flow-stage-name").nth(3).textContent()).toBe("default-recovery-login");
  await expect.poll(() => page.getByText("Unsaved changes").isVisible()).toBe(true);
  await screenshot(page, "system-flow-page-reordered");
  await page.getByRole("button", { name: "Discard" }).click();
  await expect.poll(() => stages.locator(".flow-stage-name").nth(4).textContent()).toBe("default-recovery-login");

  await page.getByRole("button", { name: "Export" }).click();
  await expect.poll(() => dialog().getByLabel("Blueprint").textContent()).toContain("slug: default-recovery-flow");
  const downloadLink = dialog().getByRole("link", { name: "Download .yaml" });
  expect(await downloadLink.getAttribute("href")).toMatch(/^blob:/);
  expect(await downloadLink.getAttribute("download")).toBe("default-recovery-flow.yaml");
  await screenshot(page, "system-flow-export");
  await dialog().getByRole("button", { name: "Close" }).click();

  await page.goto(`${environment.baseUrl}/flows?tab=stages`);
  await expect.poll(() => page.getByRole("table", { name: "Stages" }).textContent()).toContain("default-recovery-email");
  await screenshot(page, "system-stages");
  await page.getByRole("button", { name: "Edit default-recovery-email" }).click();
  const settings = dialog().getByLabel("Settings");
  await expect.poll(() => settings.inputValue()).toContain("tokenExpiryMinutes: 30");
  await settings.fill("- not an object");
  await expect.poll(() => dialog().textContent()).toContain("Settings must be an object");
  await screenshot(page, "system-stage-form");
  await dialog().getByRole("button", { name: "Cancel" }).click();

  // A broken blueprint is refused with every problem under the editor.
  await page.goto(`${environment.baseUrl}/flows`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await dialog().getByLabel("Blueprint (YAML)").fill("version: 1\nflow:\n  slug: broken flow\nstages: []\n");
  await dialog().getByRole("button", { name: "Import", exact: true }).click();
  await expect.poll(async () => (await dialog().locator(".field-error li").allTextContents()).length).toBeGreaterThan(0);
  await screenshot(page, "system-flow-import-errors");
  await dialog().getByRole("button", { name: "Cancel" }).click();

  // An import that changes an existing stage says so, and imports only when asked again.
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await dialog().getByLabel("Example").selectOption({ label: "Recovery with email verification" });
  await expect.poll(() => dialog().getByLabel("Blueprint (YAML)").inputValue()).toContain("tokenExpiryMinutes: 30");
  const changed = (await dialog().getByLabel("Blueprint (YAML)").inputValue()).replace("tokenExpiryMinutes: 30", "tokenExpiryMinutes: 45");
  await dialog().getByLabel("Blueprint (YAML)").fill(changed);
  await dialog().getByRole("button", { name: "Import", exact: true }).click();
  await expect.poll(() => dialog().getByRole("alert").textContent()).toContain("This import changes the settings of existing stages:default-recovery-email");
  await screenshot(page, "system-flow-import-confirm");
  await dialog().getByRole("button", { name: "Import and change 1 stage" }).click();
  await expect.poll(() => toast().textContent()).toContain("Flow default-recovery-flow imported with 5 stages");
});

it("sets the imported flow as the default brand's recovery flow", async () => {
  await page.goto(`${environment.baseUrl}/system/brands`);
  const table = page.getByRole("table", { name: "Brands" });
  await expect.poll(() => table.textContent()).toContain("Default");
  await page.getByRole("button", { name: /^Edit / }).first().click();
  const recovery = dialog().getByLabel("Recovery flow");
  await expect.poll(() => recovery.locator("option").count()).toBeGreaterThan(1);
  await recovery.selectOption({ label: "Recovery with email verification (default-recovery-flow)" });
  await screenshot(page, "system-brand-form");
  await dialog().getByRole("button", { name: "Update" }).click();
  await expect.poll(() => toast().textContent()).toContain("Recovery flow set to default-recovery-flow");
  await expect.poll(() => table.textContent()).toContain("default-recovery-flow");
  await screenshot(page, "system-brands");

  // The saved flow shows in the select when the form opens again (its options load after the value).
  await page.reload();
  await page.getByRole("button", { name: /^Edit / }).first().click();
  await expect.poll(async () => (await dialog().getByLabel("Recovery flow").locator("option:checked").textContent()) ?? "").toContain("default-recovery-flow");
  await expect.poll(async () => (await dialog().getByLabel("Authentication flow").locator("option:checked").textContent()) ?? "").toContain("default-authentication-flow");
  await dialog().getByRole("button", { name: "Cancel" }).click();

  // The flow is now in use: deleting it is refused with the server's words.
  await page.goto(`${environment.baseUrl}/flows`);
  await page.getByRole("checkbox", { name: "Select default-recovery-flow" }).check();
  await page.getByRole("button", { name: "Delete (1)" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect.poll(() => page.getByRole("alertdialog").textContent()).toContain('Flow "default-recovery-flow" is used by brand');
  await screenshot(page, "system-flow-delete-refused");
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
});

it("shows the captured emails in the outbox", async () => {
  await page.goto(`${environment.baseUrl}/system/outbox`);
  await page.getByRole("button", { name: /erin@example\.com/ }).click();
  const link = page.getByRole("region", { name: "Message" }).getByRole("link", { name: /default-recovery-flow\?token=abc/ }).first();
  expect(await link.getAttribute("target")).toBe("_blank");
  await screenshot(page, "system-outbox");
});

it("announces a finished export in the bell and lists it in Data Exports", async () => {
  await page.goto(`${environment.baseUrl}/directory/users`);
  const bell = page.getByRole("button", { name: /^Notifications/ });
  await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications");

  await environment.app.admin().api.users.export.mutate({ query: "admin" });
  await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 20_000 }).toBe("Notifications, 1 unread");
  await expect.poll(() => page.getByTestId("bell-count").textContent()).toBe("1");
  await screenshot(page, "system-bell-count");

  await bell.click();
  const drawer = page.getByRole("dialog", { name: "Notifications" });
  await expect.poll(() => drawer.textContent()).toMatch(/Export of \d+ users? ready — query admin/);
  const download = drawer.getByRole("link", { name: "Download" });
  const downloadHref = await download.getAttribute("href");
  expect(downloadHref).toMatch(/^\/exports\/[0-9a-f-]+\/download$/);
  await screenshot(page, "system-notifications");

  await drawer.getByRole("button", { name: "Mark all as seen" }).click();
  await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications");
  await screenshot(page, "system-notifications-seen");
  await drawer.getByRole("button", { name: "Close" }).click();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Data Exports" }).click();
  const exports = page.getByRole("table", { name: "Data exports" });
  await expect.poll(() => exports.textContent()).toContain("Done");
  expect(await exports.textContent()).toContain("query admin");
  const exportDownload = exports.getByRole("link", { name: /Download/ });
  await expect.poll(() => exportDownload.count()).toBe(1);
  expect(await exportDownload.getAttribute("href")).toBe(downloadHref);
  await screenshot(page, "system-data-exports");
});
