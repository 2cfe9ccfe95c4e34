/**
 * The user page's tabs and pickers (issue 15): a limited admin sees only the tabs their
 * permissions open; at 1024 px the tab strip shows that it scrolls and the keyboard reaches the
 * last tab; Deactivate in the header empties the open Sessions tab; an inherited role says where
 * it comes from in words, with links; the group picker flags super-user groups and says how many
 * groups it does not show, and typing finds them.
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { launchBrowser, screenshot } from "../src/browser.js";
import { createLimitedAdmin } from "../src/limited-admin.js";
import { signInThroughConsole } from "../src/console.js";
import { startEnvironment, type Environment } from "../src/environment.js";

let environment: Environment;
let browser: Browser;
let page: Page;
let userId: string;
let auditorId: string;
let staffId: string;

const memberPassword = "tabs-member-password-1";

beforeAll(async () => {
  environment = await startEnvironment();
  const admin = environment.app.admin().api;
  userId = (await admin.users.create.mutate({ username: "tabs-member", name: "Tab Member", path: "users" })).id;
  await admin.users.setPassword.mutate({ id: userId, password: memberPassword });
  // One session for the Sessions tab.
  await environment.app.signedIn("tabs-member", memberPassword);

  auditorId = (await admin.roles.create.mutate({ name: "auditor" })).id;
  const staff = await admin.groups.create.mutate({ name: "staff", roles: [auditorId] });
  staffId = staff.id;
  const engineering = await admin.groups.create.mutate({ name: "engineering", parents: [staff.id] });
  await admin.users.addToGroups.mutate({ userId, groupIds: [engineering.id] });
  // With the installation's super-user group "admins", which sorts first: 28 groups, so the picker's
  // first page (20) holds admins and bulk-01 … bulk-19, not bulk-20 … bulk-25.
  for (let index = 1; index <= 25; index += 1) await admin.groups.create.mutate({ name: `bulk-${String(index).padStart(2, "0")}` });

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInThroughConsole(page, environment.baseUrl, "admin", adminPassword);
}, 120_000);

afterEach(async (context) => {
  if (context.task.result?.state === "fail") await screenshot(page, `user-tabs-failed-${context.task.name.slice(0, 40).replaceAll(" ", "-")}`);
});

afterAll(async () => {
  await browser.close();
  await environment.close();
});

const userPage = (tab?: string) => `${environment.baseUrl}/directory/users/${userId}${tab ? `?tab=${tab}` : ""}`;
const tabList = (target: Page) => target.getByRole("tablist", { name: "User tabs-member" });
const tabNames = (target: Page) => tabList(target).getByRole("tab").allTextContents();
const selectedTab = (target: Page) => tabList(target).locator('[role=tab][aria-selected="true"]').textContent();

it("an admin with only view_user sees the tabs it opens, and a tab it may not open falls back to Overview", async () => {
  const admin = environment.app.admin().api;
  const viewer = await createLimitedAdmin(admin, "tabs-viewer", ["access_admin_console", "view_user"]);

  const limited = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInThroughConsole(limited, environment.baseUrl, viewer.username, viewer.password);
  await limited.goto(userPage("events"));
  await limited.getByRole("heading", { name: "tabs-member", level: 1 }).waitFor();
  expect(await tabNames(limited)).toEqual(["Overview", "Sessions", "Groups", "Roles", "Explicit consent", "OAuth Refresh Tokens", "MFA Authenticators"]);
  expect(await selectedTab(limited)).toBe("Overview");
  await limited.getByRole("heading", { name: "User details" }).waitFor();
  await screenshot(limited, "user-tabs-limited-overview");

  await limited.goto(userPage("applications"));
  await limited.getByRole("heading", { name: "User details" }).waitFor();
  expect(await selectedTab(limited)).toBe("Overview");

  // Sessions and Groups are read with view_user; their buttons need more, so they are not offered.
  await limited.goto(userPage("sessions"));
  await expect.poll(() => limited.getByRole("table", { name: "Sessions of tabs-member" }).locator("tbody tr").count()).toBe(1);
  expect(await limited.getByRole("button", { name: "Delete sessions" }).count()).toBe(0);
  expect(await limited.getByRole("tabpanel").getByRole("checkbox").count()).toBe(0);
  await limited.getByRole("tab", { name: "Groups" }).click();
  await limited.getByRole("table", { name: "Groups of tabs-member" }).getByRole("link", { name: "engineering" }).waitFor();
  expect(await limited.getByRole("button", { name: "Add to existing group" }).count()).toBe(0);
  expect(await limited.getByRole("button", { name: "Add new group" }).count()).toBe(0);
  await screenshot(limited, "user-tabs-limited-groups");
  await limited.close();
});

it("at 1440 px every tab fits and the strip shows no scroll cue", async () => {
  await page.goto(userPage());
  await page.getByRole("heading", { name: "User details" }).waitFor();
  expect(await tabNames(page)).toEqual(["Overview", "Sessions", "Groups", "Roles", "User events", "Explicit consent", "OAuth Refresh Tokens", "MFA Authenticators", "Applications"]);
  expect(await page.locator(".tabs-strip").first().getAttribute("class")).not.toMatch(/tabs-more/);
  expect(await page.getByTitle("Show more tabs").count()).toBe(0);
  await screenshot(page, "user-tabs-1440");
});

it("at 1024 px the tab strip shows that it scrolls, and the keyboard reaches Applications, fully in view", async () => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(userPage());
  await page.getByRole("heading", { name: "User details" }).waitFor();
  const strip = page.locator(".tabs-strip").first();
  await expect.poll(() => strip.getAttribute("class")).toContain("tabs-more-after");
  await page.getByTitle("Show more tabs").waitFor();
  await screenshot(page, "user-tabs-1024-overflow");

  await tabList(page).getByRole("tab", { name: "Overview" }).focus();
  for (let step = 0; step < 8; step += 1) await page.keyboard.press("ArrowRight");
  await page.waitForURL(/tab=applications/);
  const applications = tabList(page).getByRole("tab", { name: "Applications" });
  expect(await tabList(page).locator(":focus").textContent()).toBe("Applications");
  await expect.poll(() => strip.getAttribute("class")).toContain("tabs-more-before");
  const listBox = await tabList(page).boundingBox();
  const tabBox = await applications.boundingBox();
  if (!listBox || !tabBox) throw new Error("The tab strip is not on screen.");
  expect(tabBox.x).toBeGreaterThanOrEqual(listBox.x);
  expect(tabBox.x + tabBox.width).toBeLessThanOrEqual(listBox.x + listBox.width);
  await screenshot(page, "user-tabs-1024-applications");

  await page.keyboard.press("Home");
  await page.waitForURL((url) => !url.search.includes("tab="));
  await expect.poll(() => strip.getAttribute("class")).not.toContain("tabs-more-before");
  await page.setViewportSize({ width: 1440, height: 900 });
});

it("every tab strip (groups, roles, applications, flows, tasks) shows its scroll cue exactly when it overflows, at 1440 and 1024 px", async () => {
  const application = await environment.app.admin().api.applications.create.mutate({ slug: "tabs-handbook", name: "Tabs handbook", launchUrl: `${environment.baseUrl}/handbook` });
  const pages = { group: `/directory/groups/${staffId}`, role: `/directory/roles/${auditorId}`, application: `/applications/${application.id}`, flows: "/flows", tasks: "/system/tasks" };
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${environment.baseUrl}${path}`);
      const strip = page.locator(".tabs-strip").first();
      await strip.getByRole("tab").first().waitFor();
      const overflows = await strip.getByRole("tablist").evaluate((list: { scrollWidth: number; clientWidth: number }) => list.scrollWidth > list.clientWidth + 1);
      expect(await strip.getAttribute("class"), `${name} at ${width} px`).toBe(overflows ? "tabs-strip tabs-more-after" : "tabs-strip");
      await screenshot(page, `user-tabs-strip-${name}-${width}`);
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
});

it("the Roles tab says where an inherited role comes from, with links to the role and the groups", async () => {
  await page.goto(userPage("roles"));
  await page.getByRole("tab", { name: "All Roles" }).click();
  const row = page.getByRole("table", { name: "All roles of tabs-member" }).locator("tr", { hasText: "auditor" });
  await expect.poll(() => row.textContent()).toContain("from group staff (inherited through engineering)");
  expect(await row.textContent()).toContain("Inherited");
  expect(await row.getByRole("link", { name: "auditor" }).getAttribute("href")).toBe(`/directory/roles/${auditorId}`);
  expect(await row.getByRole("link", { name: "staff" }).getAttribute("href")).toBe(`/directory/groups/${staffId}`);
  await screenshot(page, "user-tabs-roles-inherited");

  await row.getByRole("link", { name: "auditor" }).click();
  await page.getByRole("heading", { name: "auditor", level: 1 }).waitFor();
});

it("the group picker flags a super-user group, warns when it is chosen, says how many it does not show, and finds them by typing", async () => {
  await page.goto(userPage("groups"));
  const groups = page.getByRole("table", { name: "Groups of tabs-member" });
  expect(await groups.getByRole("link", { name: "staff" }).getAttribute("href")).toBe(`/directory/groups/${staffId}`);
  expect(await groups.textContent()).toContain("inherits from staff");
  await page.getByRole("button", { name: "Add to existing group" }).click();
  const dialog = page.getByRole("dialog");
  const admins = dialog.locator("label", { hasText: "admins" });
  await admins.waitFor();
  expect(await admins.textContent()).toContain("Super-user");
  expect(await dialog.locator("label", { hasText: "bulk-01" }).textContent()).not.toContain("Super-user");
  await dialog.getByText("Showing 20 of 28 — type to find more").waitFor();
  expect(await dialog.getByRole("alert").count()).toBe(0);
  await admins.getByRole("checkbox").check();
  await expect.poll(() => dialog.getByRole("alert").textContent()).toBe("The group admins is a super-user group: tabs-member becomes a super-user, with every permission on every object.");
  await screenshot(page, "user-tabs-picker-superuser-1440");

  await dialog.getByLabel("Search groups").fill("bulk-23");
  await dialog.locator("label", { hasText: "bulk-23" }).waitFor();
  await expect.poll(() => dialog.getByText(/type to find more/).count()).toBe(0);
  await page.setViewportSize({ width: 1024, height: 800 });
  await screenshot(page, "user-tabs-picker-search-1024");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.setViewportSize({ width: 1440, height: 900 });
});

it("Deactivate in the header empties the open Sessions tab without a reload", async () => {
  await page.goto(userPage("sessions"));
  const sessions = page.getByRole("table", { name: "Sessions of tabs-member" });
  await expect.poll(() => sessions.locator("tbody tr").count()).toBe(1);
  // A mark on the page's global object: a reload would drop it.
  await page.evaluate(() => ((globalThis as { notReloaded?: boolean }).notReloaded = true));
  await page.locator(".page-header-toolbar").getByRole("button", { name: "Deactivate", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await page.getByText("No active sessions").waitFor();
  expect(await page.evaluate(() => (globalThis as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await screenshot(page, "user-tabs-sessions-after-deactivate");
});
