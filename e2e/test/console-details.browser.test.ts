/**
 * Issue 15's rough edges, in Chromium: Reset password with a repeat, Show and Generate (and the
 * user signs in with the generated password); the Impersonate reason marked required or optional
 * as the system setting says; the theme chosen in the user menu (Dark survives a reload, System
 * follows the OS); a group page listing its child groups; a finished export's notification naming
 * its row count and filter, and Data Exports showing the filter without nested quotes.
 * Screenshots at 1440 and 1024 px, light and dark.
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { launchBrowser, screenshot } from "../src/browser.js";
import { signInThroughConsole, takeUserPageAction } from "../src/console.js";
import { startEnvironment, type Environment } from "../src/environment.js";

const exportQuery = 'username startswith "det"';
const darkBackground = "rgb(15, 18, 22)";
const lightBackground = "rgb(245, 246, 248)";

let environment: Environment;
let browser: Browser;
let page: Page;
let doraId: string;
let ivyId: string;
let parentId: string;

beforeAll(async () => {
  environment = await startEnvironment({ worker: true });
  const api = environment.app.admin().api;
  doraId = (await api.users.create.mutate({ username: "dora", name: "Dora Details", path: "users" })).id;
  ivyId = (await api.users.create.mutate({ username: "ivy", name: "Ivy Details", path: "users" })).id;
  for (const username of ["det-ann", "det-bob"]) await api.users.create.mutate({ username, path: "details" });
  await api.users.create.mutate({ username: "other-cy", path: "details" });
  parentId = (await api.groups.create.mutate({ name: "details-parent" })).id;
  for (const name of ["details-child-b", "details-child-a"]) await api.groups.create.mutate({ name, parents: [parentId] });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInThroughConsole(page, environment.baseUrl, "admin", adminPassword);
});

afterEach(async (context) => {
  if (context.task.result?.state === "fail") await screenshot(page, `details-failed-${context.task.name.slice(0, 40).replaceAll(" ", "-")}`);
});

afterAll(async () => {
  await browser.close();
  await environment.close();
});

const dialog = () => page.getByRole("dialog");
// Evaluated in the page as text: this package is typed without the DOM.
const background = () => page.evaluate<string>("getComputedStyle(document.body).backgroundColor");
const dataTheme = () => page.locator("html").getAttribute("data-theme");

/** The same page at 1440 and 1024 px, in the light and the dark theme (System, the OS emulated). */
async function screenshotsAtBothWidths(name: string): Promise<void> {
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expect.poll(background).toBe(colorScheme === "dark" ? darkBackground : lightBackground);
      await screenshot(page, `details-${name}-${width}-${colorScheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1440, height: 900 });
}

it("resets a password: a repeat that differs is named under its field, then Generate, Show, and the user signs in with it", async () => {
  await page.goto(`${environment.baseUrl}/directory/users/${doraId}`);
  await page.locator(".page-header-toolbar").getByRole("button", { name: "Reset password", exact: true }).click();
  const password = dialog().getByLabel(/^New password/);
  const repeat = dialog().getByLabel("Repeat new password");
  expect(await dialog().textContent()).toContain("At least 8 characters.");
  await password.fill("dora-password-1");
  await repeat.fill("dora-password-2");
  await dialog().getByRole("button", { name: "Set password" }).click();
  await expect.poll(() => repeat.getAttribute("aria-invalid")).toBe("true");
  const repeatError = page.locator(`#${(await repeat.getAttribute("aria-describedby")) ?? "missing"}`);
  expect(await repeatError.textContent()).toBe("Repeat new password does not match the new password.");
  await screenshot(page, "details-reset-password-mismatch");

  await dialog().getByRole("button", { name: "Generate" }).click();
  const generated = dialog().getByLabel("Generated password");
  await expect.poll(() => generated.inputValue()).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
  const value = await generated.inputValue();
  expect(await password.inputValue()).toBe(value);
  expect(await repeat.inputValue()).toBe(value);
  expect(await dialog().getByRole("button", { name: "Copy password" }).count()).toBe(1);
  expect(await repeat.getAttribute("aria-invalid")).toBeNull();

  const show = dialog().getByRole("button", { name: "Show password" });
  expect(await show.getAttribute("aria-pressed")).toBe("false");
  expect(await password.getAttribute("type")).toBe("password");
  await show.click();
  expect(await show.getAttribute("aria-pressed")).toBe("true");
  expect(await password.getAttribute("type")).toBe("text");
  expect(await repeat.getAttribute("type")).toBe("text");
  await screenshot(page, "details-reset-password-generated");
  await dialog().getByRole("button", { name: "Set password" }).click();
  await page.getByText("Password of dora changed").waitFor();

  const context = await browser.newContext();
  const dora = await context.newPage();
  await signInThroughConsole(dora, environment.baseUrl, "dora", value);
  await expect.poll(() => dora.getByRole("button", { name: /, user menu$/ }).getAttribute("aria-label")).toBe("dora, user menu");
  await context.close();
});

it("marks the Impersonate reason required while the setting requires it, and optional once it does not", async () => {
  const reason = () => dialog().getByRole("textbox", { name: /^Reason/ });
  const label = () => dialog().locator("label", { hasText: "Reason" });
  await page.goto(`${environment.baseUrl}/directory/users/${ivyId}`);
  await takeUserPageAction(page, "Impersonate");
  await expect.poll(() => reason().getAttribute("aria-required")).toBe("true");
  expect(await label().textContent()).toBe("Reason*");
  await dialog().getByRole("button", { name: "Impersonate" }).click();
  await expect.poll(() => reason().getAttribute("aria-invalid")).toBe("true");
  expect(await dialog().locator(".field-error").textContent()).toBe("A reason is required to impersonate a user.");
  expect(await page.getByRole("region", { name: "Impersonation" }).count()).toBe(0);
  await screenshot(page, "details-impersonate-required");
  await dialog().getByRole("button", { name: "Cancel" }).click();

  const admin = environment.app.admin().api;
  await admin.settings.update.mutate({ impersonationRequireReason: false });
  try {
    await takeUserPageAction(page, "Impersonate");
    await expect.poll(() => label().textContent()).toBe("Reason (optional)");
    expect(await reason().getAttribute("aria-required")).toBeNull();
    await screenshot(page, "details-impersonate-optional");
    await dialog().getByRole("button", { name: "Cancel" }).click();
  } finally {
    await admin.settings.update.mutate({ impersonationRequireReason: true });
  }
});

it("applies the theme chosen in the user menu: Dark survives a reload, System follows the OS", async () => {
  const chooseTheme = async (name: string) => {
    await page.getByRole("button", { name: /, user menu$/ }).click();
    const theme = page.getByRole("group", { name: "Theme" });
    await theme.getByRole("menuitemradio", { name: name }).click();
  };
  await page.goto(`${environment.baseUrl}/directory/groups/${parentId}`);
  await page.getByRole("button", { name: /, user menu$/ }).click();
  const radios = page.getByRole("group", { name: "Theme" }).getByRole("menuitemradio");
  expect(await radios.allTextContents()).toEqual(["System", "Light", "Dark"]);
  const checked = await Promise.all(["System", "Light", "Dark"].map((name) => radios.filter({ hasText: name }).getAttribute("aria-checked")));
  expect(checked).toEqual(["true", "false", "false"]);
  await screenshot(page, "details-theme-menu");
  await page.keyboard.press("Escape");

  await chooseTheme("Dark");
  expect(await dataTheme()).toBe("dark");
  expect(await background()).toBe(darkBackground);
  await page.reload();
  await page.getByRole("heading", { name: "details-parent", level: 1 }).waitFor();
  expect(await dataTheme()).toBe("dark");
  expect(await background()).toBe(darkBackground);
  await page.getByRole("button", { name: /, user menu$/ }).click();
  expect(await page.getByRole("menuitemradio", { name: "Dark" }).getAttribute("aria-checked")).toBe("true");
  await screenshot(page, "details-theme-dark-after-reload");
  await page.keyboard.press("Escape");

  // Dark holds against a light OS; Light against a dark one.
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background()).toBe(darkBackground);
  await chooseTheme("Light");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).toBe(lightBackground);

  await chooseTheme("System");
  expect(await dataTheme()).toBe("system");
  await expect.poll(background).toBe(darkBackground);
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(background).toBe(lightBackground);
  await page.reload();
  await page.getByRole("heading", { name: "details-parent", level: 1 }).waitFor();
  expect(await dataTheme()).toBe("system");
});

it("lists a group's child groups with links and their count, and an empty state on a group without any", async () => {
  await page.goto(`${environment.baseUrl}/directory/groups/${parentId}`);
  await page.getByRole("heading", { name: "Child groups (2)" }).waitFor();
  const children = page.getByRole("table", { name: "Child groups of details-parent" });
  await expect.poll(() => children.getByRole("link").allTextContents()).toEqual(["details-child-a", "details-child-b"]);
  await screenshotsAtBothWidths("group-children");

  await children.getByRole("link", { name: "details-child-a" }).click();
  await page.getByRole("heading", { name: "details-child-a", level: 1 }).waitFor();
  await page.getByRole("heading", { name: "Child groups (0)" }).waitFor();
  await expect.poll(() => page.getByRole("table", { name: "Child groups of details-child-a" }).textContent()).toContain("No child groups");
  expect(await page.locator(".directory-details").textContent()).toContain("details-parent");
});

it("names the row count and the filter in the export's notification, and shows the query as code in Data Exports", async () => {
  await page.goto(`${environment.baseUrl}/events/exports`);
  const bell = page.getByRole("button", { name: /^Notifications/ });
  await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications");
  await environment.app.admin().api.users.export.mutate({ path: "details", query: exportQuery });
  await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 20_000 }).toBe("Notifications, 1 unread");

  await bell.click();
  const drawer = page.getByRole("dialog", { name: "Notifications" });
  const body = drawer.locator(".notification-body");
  await expect.poll(() => body.textContent()).toContain(`Export of 2 users ready — folder details, query ${exportQuery}`);
  expect(await body.locator("code").textContent()).toBe(exportQuery);
  await screenshot(page, "details-export-notification");
  await page.keyboard.press("Escape");

  await page.reload();
  const exports = page.getByRole("table", { name: "Data exports" });
  await expect.poll(() => exports.textContent()).toContain("Done");
  const filters = exports.locator(".export-filters");
  expect(await filters.textContent()).toBe(`folder details · query ${exportQuery}`);
  expect(await filters.locator("code").textContent()).toBe(exportQuery);
  expect(await exports.textContent()).not.toContain('query "');
  await screenshotsAtBothWidths("data-exports");
});
