/**
 * The user page offers only the actions the API would take: no password, recovery or
 * impersonation on a service account, and nothing on a super-user for an admin who is not one.
 * Each page saves a screenshot.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
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

const passwordActions = ["Reset password", "Create recovery link", "Email recovery link", "Impersonate"];
const everyAction = ["Edit", "Deactivate", ...passwordActions, "Delete"];

async function openUserPage(page: Page, userId: string, username: string): Promise<void> {
  await page.goto(`${environment.baseUrl}/directory/users/${userId}`);
  await page.getByRole("heading", { name: username, level: 1 }).waitFor();
}

/** The header's buttons and the entries under More actions, in the order of `everyAction`. */
async function visibleActions(page: Page): Promise<string[]> {
  const toolbar = page.locator(".page-header-toolbar");
  const more = toolbar.getByRole("button", { name: "More actions" });
  if ((await more.count()) > 0) await more.click();
  const visible: string[] = [];
  for (const name of everyAction) {
    const shown = (await toolbar.getByRole("button", { name, exact: true }).count()) + (await toolbar.getByRole("menuitem", { name, exact: true }).count());
    if (shown > 0) visible.push(name);
  }
  if ((await more.count()) > 0) await page.keyboard.press("Escape");
  return visible;
}

it("a service account's page offers no password reset, recovery or impersonation", async () => {
  const admin = environment.app.admin().api;
  const { user } = await admin.serviceAccounts.create.mutate({ name: "e2e-robot" });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInThroughConsole(page, environment.baseUrl, "admin", adminPassword);
  await openUserPage(page, user.id, "e2e-robot");
  expect(await visibleActions(page)).toEqual(["Edit", "Deactivate", "Delete"]);
  await screenshot(page, "user-actions-service-account");
  await page.close();
});

it("an admin who is not a super-user sees no action on a super-user, and every action on a person", async () => {
  const admin = environment.app.admin().api;
  const helper = await admin.users.create.mutate({ username: "e2e-helpdesk", path: "users" });
  await admin.users.setPassword.mutate({ id: helper.id, password: "helpdesk-password-1" });
  const role = await admin.roles.create.mutate({ name: "e2e-helpdesk-role" });
  for (const permission of ["access_admin_console", "view_user", "change_user", "delete_user", "reset_user_password", "impersonate"] as const) {
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission });
  }
  await admin.users.assignRoles.mutate({ userId: helper.id, roleIds: [role.id] });
  const person = await admin.users.create.mutate({ username: "e2e-person", path: "users" });
  const superuser = await environment.app.admin().api.auth.me.query();

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInThroughConsole(page, environment.baseUrl, "e2e-helpdesk", "helpdesk-password-1");
  await openUserPage(page, superuser?.user.id ?? "", "admin");
  expect(await visibleActions(page)).toEqual([]);
  await screenshot(page, "user-actions-superuser-seen-by-admin");
  await openUserPage(page, person.id, "e2e-person");
  expect(await visibleActions(page)).toEqual(everyAction);
  await page.close();
});
