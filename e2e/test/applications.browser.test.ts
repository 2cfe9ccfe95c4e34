/**
 * Applications in Chromium: an admin creates an application (the slug following its name, an
 * uploaded icon) with a launch URL and binds a group, and gives another an icon by URL from another
 * origin; a member sees them on the user page's Applications tab and on My applications, with
 * their icons, and launches one; a non-member does not see it and has only My applications and
 * Settings in the menu. Settings: changing one's own password (the current one required) and
 * signing out other sessions. Screenshots at 1440 and 1024 px, light and dark.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { launchBrowser, screenshot } from "../src/browser.js";
import { signInThroughConsole } from "../src/console.js";
import { startEnvironment, type Environment } from "../src/environment.js";
import { squarePng } from "../src/png.js";

let environment: Environment;
let browser: Browser;
let admin: Page;
let current: Page;
const contexts: BrowserContext[] = [];
const ids = { member: "", outsider: "" };
const memberPassword = "member-password-1";
const outsiderPassword = "outsider-password-1";
const wikiIcon = squarePng(64, [58, 87, 214], [234, 238, 252]);
// Another origin than the console's: an icon by URL must load past the console's CSP.
let imageHost: http.Server;
let handbookIconUrl = "";

async function newPage(width = 1440): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  current = await context.newPage();
  current.setDefaultTimeout(10_000);
  return current;
}

beforeAll(async () => {
  imageHost = http.createServer((_req, res) => res.writeHead(200, { "content-type": "image/png" }).end(squarePng(64, [42, 125, 70], [230, 244, 234])));
  await new Promise<void>((resolve) => imageHost.listen(0, "127.0.0.1", resolve));
  handbookIconUrl = `http://127.0.0.1:${(imageHost.address() as AddressInfo).port}/handbook.png`;
  environment = await startEnvironment({ worker: true });
  browser = await launchBrowser();
  const api = environment.app.admin().api;
  const member = await api.users.create.mutate({ username: "mia", name: "Mia Member" });
  const outsider = await api.users.create.mutate({ username: "otto", name: "Otto Outsider" });
  ids.member = member.id;
  ids.outsider = outsider.id;
  await api.users.setPassword.mutate({ id: member.id, password: memberPassword });
  await api.users.setPassword.mutate({ id: outsider.id, password: outsiderPassword });
  const group = await api.groups.create.mutate({ name: "wiki-readers" });
  await api.groups.addMembers.mutate({ groupId: group.id, userIds: [member.id] });
  // Open to everyone (no bindings): proves the non-member's page loaded while the wiki stays hidden.
  await api.applications.create.mutate({ slug: "handbook", name: "Handbook", launchUrl: `${environment.baseUrl}/handbook`, group: "General", metaDescription: "Policies and how-tos" });
  admin = await newPage();
  await signInThroughConsole(admin, environment.baseUrl, "admin", adminPassword);
});

afterEach(async (context) => {
  if (context.task.result?.state === "fail") await screenshot(current, `applications-failed-${context.task.name.slice(0, 40).replaceAll(" ", "-")}`);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
  await environment.close();
  await new Promise((resolve) => imageHost.close(resolve));
});

const toast = (page: Page) => page.getByRole("status").filter({ has: page.locator(".toast") });
const dialog = (page: Page) => page.getByRole("dialog");
const wikiUrl = () => `${environment.baseUrl}/launched/wiki`;
/** The width the browser decoded an image at: 0 while it has not loaded (or cannot). */
const loadedWidth = (image: Locator) => image.evaluate((element: { complete: boolean; naturalWidth: number }) => (element.complete ? element.naturalWidth : 0));

it("creates an application, showing the backend's errors under their fields", async () => {
  current = admin;
  await admin.goto(`${environment.baseUrl}/applications`);
  await admin.getByRole("table", { name: "Applications" }).getByRole("link", { name: "Handbook", exact: true }).waitFor();
  await admin.getByRole("button", { name: "Create", exact: true }).click();
  const name = dialog(admin).getByRole("textbox", { name: "Name", exact: true });
  const slug = dialog(admin).getByLabel("Slug");
  await name.pressSequentially("Team Wiki");
  expect(await slug.inputValue()).toBe("team-wiki");
  await slug.fill("Team Wiki");
  await expect.poll(() => dialog(admin).textContent()).toContain("Use only lowercase letters, numbers, hyphens and underscores");
  await name.fill("Team Wiki!");
  expect(await slug.inputValue()).toBe("Team Wiki");
  await name.fill("Team Wiki");
  await dialog(admin).getByLabel("Launch URL").fill("javascript:alert(1)");
  await dialog(admin).getByRole("button", { name: "Create", exact: true }).click();
  await expect.poll(() => dialog(admin).textContent()).toContain("Only http:// and https:// URLs are allowed.");
  expect(await dialog(admin).textContent()).toContain("Use only lowercase letters, numbers, hyphens and underscores");
  await screenshot(admin, "applications-01-create-errors");

  // Emptying the slug lets it follow the name again.
  await slug.fill("");
  await name.fill("Team Wiki ");
  expect(await slug.inputValue()).toBe("team-wiki");
  expect(await dialog(admin).textContent()).not.toContain("Use only lowercase letters");

  const icon = dialog(admin).getByRole("group", { name: "Icon" });
  const pickIcon = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    const [chooser] = await Promise.all([admin.waitForEvent("filechooser"), icon.getByRole("button", { name: "Upload image…" }).click()]);
    await chooser.setFiles(file);
  };
  expect(await icon.textContent()).toContain("PNG, JPEG, GIF or WebP, at most 256 KB.");
  await pickIcon({ name: "wiki.svg", mimeType: "image/svg+xml", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await expect.poll(() => icon.textContent()).toContain("Upload a PNG, JPEG, GIF or WebP image.");
  await pickIcon({ name: "wiki.png", mimeType: "image/png", buffer: wikiIcon });
  await expect.poll(() => icon.textContent()).toContain("wiki.png, uploaded when you save.");
  expect(await icon.textContent()).not.toContain("Upload a PNG, JPEG, GIF or WebP image.");
  await expect.poll(() => loadedWidth(icon.locator("img"))).toBe(64);
  await dialog(admin).getByLabel("Launch URL").fill(wikiUrl());
  await dialog(admin).getByLabel("Group", { exact: true }).fill("Knowledge");
  await dialog(admin).getByLabel("Description").fill("Everything the team knows, in one place");
  await dialog(admin).getByLabel("Publisher").fill("Docs team");
  await dialog(admin).getByLabel("Open in new tab").check();
  await dialog(admin).getByLabel("Policy engine mode").selectOption("all");
  await screenshot(admin, "applications-02-create-dialog");
  await dialog(admin).getByRole("button", { name: "Create", exact: true }).click();
  await expect.poll(() => toast(admin).textContent()).toContain("Application Team Wiki created");
  const row = admin.getByRole("row").filter({ has: admin.getByRole("link", { name: "Team Wiki" }) });
  await expect.poll(() => row.textContent()).toContain("Knowledge");
  expect(await row.textContent()).toContain("Everyone");
  expect(await row.textContent()).toContain("team-wiki");
  expect(await row.locator("img").getAttribute("src")).toMatch(/^\/applications\/[0-9a-f-]+\/icon\/[0-9a-f]{16}$/);
  await expect.poll(() => loadedWidth(row.locator("img"))).toBe(64);
  await screenshot(admin, "applications-03-list");

  await admin.getByLabel("Search applications").fill("knowl");
  await expect.poll(() => admin.getByRole("table", { name: "Applications" }).locator("tbody tr").count()).toBe(1);
  await admin.getByLabel("Search applications").fill("");
});

it("gives an application an icon by URL from another host, shown in the list", async () => {
  const row = admin.getByRole("row").filter({ has: admin.getByRole("link", { name: "Handbook", exact: true }) });
  await row.getByRole("button", { name: "Edit Handbook" }).click();
  const icon = dialog(admin).getByRole("group", { name: "Icon" });
  expect(await icon.textContent()).toContain("No icon: the initial of the name is shown.");
  await icon.getByLabel("Icon URL").fill("ftp://files.example.com/handbook.png");
  await dialog(admin).getByRole("button", { name: "Update" }).click();
  await expect.poll(() => icon.textContent()).toContain("Only http:// and https:// URLs are allowed.");
  await icon.getByLabel("Icon URL").fill(handbookIconUrl);
  expect(await icon.textContent()).not.toContain("Only http:// and https:// URLs are allowed.");
  await expect.poll(() => loadedWidth(icon.locator("img"))).toBe(64);
  await screenshot(admin, "applications-03b-icon-by-url");
  await dialog(admin).getByRole("button", { name: "Update" }).click();
  await expect.poll(() => toast(admin).textContent()).toContain("Application Handbook updated");
  expect(await row.locator("img").getAttribute("src")).toBe(handbookIconUrl);
  await expect.poll(() => loadedWidth(row.locator("img"))).toBe(64);
});

it("binds a group on the application page, and checks a member's and a non-member's access", async () => {
  await admin.getByRole("link", { name: "Team Wiki" }).click();
  await admin.waitForURL(/\/applications\/[0-9a-f-]+$/);
  await expect.poll(() => admin.getByRole("heading", { level: 1 }).textContent()).toBe("Team Wiki");
  await expect.poll(() => loadedWidth(admin.locator(".page-header").locator("img"))).toBe(64);
  await screenshot(admin, "applications-04-overview");

  await admin.getByRole("tab", { name: "Bindings" }).click();
  await admin.waitForURL(/tab=bindings/);
  await admin.getByText("No enabled bindings: every active user may access this application.").waitFor();
  await admin.getByRole("button", { name: "Add group binding" }).click();
  await dialog(admin).getByLabel("Search group").fill("wiki");
  await dialog(admin).getByRole("radio", { name: "wiki-readers" }).check();
  await screenshot(admin, "applications-05-add-group-binding");
  await dialog(admin).getByRole("button", { name: "Add binding" }).click();
  await expect.poll(() => toast(admin).textContent()).toContain("Group wiki-readers bound to Team Wiki");
  const bindings = admin.getByRole("table", { name: "Bindings of Team Wiki" });
  await expect.poll(() => bindings.textContent()).toContain("wiki-readers");
  await admin.getByText("1 enabled binding: every enabled binding must pass.").waitFor();

  // Negate and enable in the row, then undo: each saves at once with a toast.
  await admin.getByLabel("Negate the binding of group wiki-readers").check();
  await expect.poll(() => toast(admin).textContent()).toContain("Binding of group wiki-readers negated");
  await admin.getByLabel("Negate the binding of group wiki-readers").uncheck();
  await expect.poll(() => toast(admin).textContent()).toContain("no longer negated");
  await screenshot(admin, "applications-06-bindings");

  await admin.getByRole("tab", { name: "Check access" }).click();
  await admin.getByLabel("Search user").fill("mia");
  await admin.getByRole("radio", { name: "mia" }).check();
  const verdict = admin.getByRole("region", { name: "Access verdict" });
  await expect.poll(() => verdict.textContent()).toContain("Passing");
  expect(await verdict.textContent()).toContain("mia may access Team Wiki");
  await screenshot(admin, "applications-07-check-access-passing");
  await admin.getByLabel("Search user").fill("otto");
  await admin.getByRole("radio", { name: "otto" }).check();
  await expect.poll(() => verdict.textContent()).toContain("Not passing");
  const { messages } = await environment.app.admin().api.applications.checkAccess.query({ id: admin.url().split("/applications/")[1]?.split("?")[0] ?? "", userId: ids.outsider });
  for (const message of messages) expect(await verdict.textContent()).toContain(message);
  await screenshot(admin, "applications-08-check-access-failing");
});

it("lists the application on the member's Applications tab, with its group and launch link", async () => {
  await admin.goto(`${environment.baseUrl}/directory/users/${ids.member}?tab=applications`);
  const table = admin.getByRole("table", { name: "Applications of mia" });
  const row = table.getByRole("row").filter({ has: admin.getByRole("link", { name: "Team Wiki" }) });
  await expect.poll(() => row.textContent()).toContain("Knowledge");
  expect(await row.getByRole("link", { name: wikiUrl() }).getAttribute("href")).toBe(wikiUrl());
  expect(await table.textContent()).toContain("Handbook");
  await screenshot(admin, "applications-09-user-tab");

  await admin.goto(`${environment.baseUrl}/directory/users/${ids.outsider}?tab=applications`);
  await expect.poll(() => admin.getByRole("table", { name: "Applications of otto" }).textContent()).toContain("Handbook");
  expect(await admin.getByRole("table", { name: "Applications of otto" }).textContent()).not.toContain("Team Wiki");
});

it("shows the member the application on My applications, grouped, and launches it in a new tab", async () => {
  const page = await newPage();
  await signInThroughConsole(page, environment.baseUrl, "mia", memberPassword);
  await page.waitForURL(/\/me\/applications$/);
  const knowledge = page.getByRole("region", { name: "Knowledge" });
  const card = knowledge.getByRole("link", { name: /Team Wiki/ });
  await card.waitFor();
  expect(await page.getByRole("region", { name: "General" }).getByRole("link", { name: /Handbook/ }).getAttribute("target")).toBeNull();
  expect(await card.getAttribute("href")).toBe(wikiUrl());
  expect(await card.getAttribute("target")).toBe("_blank");
  expect(await card.getAttribute("rel")).toBe("noopener noreferrer");
  await expect.poll(() => loadedWidth(card.locator("img"))).toBe(64);
  await expect.poll(() => loadedWidth(page.getByRole("link", { name: /Handbook/ }).locator("img"))).toBe(64);
  await screenshot(page, "applications-10-my-applications-1440");

  await page.getByLabel("Search applications").fill("policies");
  await expect.poll(() => page.getByRole("region").count()).toBe(1);
  expect(await page.getByRole("region", { name: "General" }).textContent()).toContain("Handbook");
  await page.getByLabel("Search applications").fill("");
  await card.waitFor();

  const [launched] = await Promise.all([page.context().waitForEvent("page"), card.click()]);
  await launched.waitForLoadState();
  expect(launched.url()).toBe(wikiUrl());
  await launched.close();

  await page.setViewportSize({ width: 1024, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "applications-11-my-applications-1024-dark");
  await page.emulateMedia({ colorScheme: "light" });
});

it("hides the application from a non-member, who has My applications and Settings but no admin menu", async () => {
  const page = await newPage(1024);
  await signInThroughConsole(page, environment.baseUrl, "otto", outsiderPassword);
  await page.waitForURL(/\/me\/applications$/);
  await page.getByRole("link", { name: /Handbook/ }).waitFor();
  expect(await page.getByRole("main").textContent()).not.toContain("Team Wiki");
  const menu = page.getByRole("navigation", { name: "Main" });
  expect(await menu.getByRole("link", { name: "My applications" }).getAttribute("href")).toBe("/me/applications");
  expect(await menu.getByRole("link", { name: "Settings" }).getAttribute("href")).toBe("/me/settings");
  for (const admin of ["Users", "Groups", "Applications", "Logs", "Brands"]) expect(await menu.getByRole("link", { name: admin, exact: true }).count()).toBe(0);
  await screenshot(page, "applications-12-non-member-1024");

  await page.goto(`${environment.baseUrl}/applications`);
  await page.getByText("You do not have access to the admin console").waitFor();
});

it("changes one's own password on Settings, refusing a missing or wrong current password", async () => {
  const page = await newPage();
  await signInThroughConsole(page, environment.baseUrl, "otto", outsiderPassword);
  await page.goto(`${environment.baseUrl}/me/settings`);
  const form = page.getByRole("region", { name: "Change password" });
  await form.getByLabel(/^New password/).fill("otto-new-password-2");
  await form.getByLabel("Repeat new password").fill("otto-new-password-2");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect.poll(() => form.textContent()).toContain("This field may not be blank.");

  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect.poll(() => form.textContent()).toContain("Your current password is not correct.");
  await screenshot(page, "applications-13-settings-wrong-password");

  await form.getByLabel("Repeat new password").fill("otto-new-password-3");
  await form.getByLabel("Current password").fill(outsiderPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect.poll(() => form.textContent()).toContain("Repeat new password does not match the new password.");

  await form.getByLabel("Repeat new password").fill("otto-new-password-2");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect.poll(() => toast(page).textContent()).toContain("Password changed");
  expect(await form.getByLabel("Current password").inputValue()).toBe("");
  await environment.app.signedIn("otto", "otto-new-password-2");
});

it("signs out other sessions from Settings, after a confirmation", async () => {
  const page = await newPage();
  await signInThroughConsole(page, environment.baseUrl, "mia", memberPassword);
  const elsewhere = await environment.app.signedIn("mia", memberPassword, { userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Firefox/130.0" });
  await page.goto(`${environment.baseUrl}/me/settings`);
  const sessions = page.getByRole("table", { name: "Your sessions" });
  // mia's sessions: the browser of the previous test, this one, and the API client.
  await expect.poll(() => sessions.locator("tbody tr").count()).toBe(3);
  expect(await sessions.locator("tr", { hasText: "This device" }).count()).toBe(1);
  await page.getByRole("region", { name: "MFA devices" }).getByText("No MFA devices").waitFor();
  await screenshot(page, "applications-14-settings-1440");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "applications-15-settings-1440-dark");
  await page.emulateMedia({ colorScheme: "light" });

  await page.getByRole("button", { name: "Sign out other sessions" }).click();
  const confirm = page.getByRole("alertdialog");
  expect(await confirm.textContent()).toContain("Sign out 2 other sessions?");
  await confirm.getByRole("button", { name: "Sign out" }).click();
  await expect.poll(() => toast(page).textContent()).toContain("2 other sessions signed out");
  await expect.poll(() => sessions.locator("tbody tr").count()).toBe(1);
  expect(await elsewhere.api.auth.me.query()).toBeNull();
  await page.setViewportSize({ width: 1024, height: 800 });
  await screenshot(page, "applications-16-settings-1024");
});

it("looks right at 1024 px and in the dark theme for the admin pages", async () => {
  current = admin;
  await admin.setViewportSize({ width: 1024, height: 800 });
  await admin.emulateMedia({ colorScheme: "dark" });
  await admin.goto(`${environment.baseUrl}/applications`);
  await admin.getByRole("link", { name: "Team Wiki" }).waitFor();
  await screenshot(admin, "applications-17-list-1024-dark");
  await admin.getByRole("link", { name: "Team Wiki" }).click();
  await admin.getByRole("tab", { name: "Bindings" }).click();
  await admin.getByRole("table", { name: "Bindings of Team Wiki" }).getByText("wiki-readers").waitFor();
  await screenshot(admin, "applications-18-bindings-1024-dark");
});

it("removes an icon from the application page, which then shows the initial", async () => {
  await admin.setViewportSize({ width: 1440, height: 900 });
  await admin.emulateMedia({ colorScheme: "light" });
  await admin.getByRole("button", { name: "Edit", exact: true }).click();
  const icon = dialog(admin).getByRole("group", { name: "Icon" });
  expect(await icon.textContent()).toContain("An uploaded image, kept in Roster.");
  expect(await dialog(admin).getByLabel("Slug").isEditable()).toBe(true);
  await dialog(admin).getByRole("textbox", { name: "Name", exact: true }).fill("Team Wiki 2");
  expect(await dialog(admin).getByLabel("Slug").inputValue()).toBe("team-wiki");
  await dialog(admin).getByRole("textbox", { name: "Name", exact: true }).fill("Team Wiki");
  await icon.getByRole("button", { name: "Remove icon" }).click();
  expect(await icon.textContent()).toContain("No icon: the initial of the name is shown.");
  await screenshot(admin, "applications-19-edit-remove-icon");
  await dialog(admin).getByRole("button", { name: "Update" }).click();
  await expect.poll(() => toast(admin).textContent()).toContain("Application Team Wiki updated");
  const header = admin.locator(".page-header");
  await expect.poll(() => header.locator("img").count()).toBe(0);
  expect(await header.locator(".application-icon-initial").textContent()).toBe("T");
  const id = admin.url().split("/applications/")[1]?.split("?")[0] ?? "";
  expect((await environment.app.admin().api.applications.get.query({ id })).icon).toBeNull();
});
