/**
 * The user page's lifecycle actions in Chromium: an admin impersonates a user and stops, and both
 * events appear in the user's events; an admin deletes a user's session and that browser is sent
 * back to the login page on its next click.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { launchBrowser, screenshot } from "../src/browser.js";
import { signInThroughConsole, takeUserPageAction } from "../src/console.js";
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

async function createUser(username: string, password: string): Promise<string> {
  const api = environment.app.admin().api;
  const user = await api.users.create.mutate({ username, path: "users", name: `${username[0]?.toUpperCase() ?? ""}${username.slice(1)} Example` });
  await api.users.setPassword.mutate({ id: user.id, password });
  return user.id;
}

it("an admin impersonates a user with a reason, stops, and finds both events in the user's events", async () => {
  const frankId = await createUser("frank", "frank-password-1");
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await signInThroughConsole(page, environment.baseUrl, "admin", adminPassword);
  await page.goto(`${environment.baseUrl}/directory/users/${frankId}`);
  await page.getByRole("heading", { name: "frank", level: 1 }).waitFor();
  await takeUserPageAction(page, "Impersonate");
  await page.getByRole("dialog").getByLabel("Reason").fill("ticket 42");
  await screenshot(page, "lifecycle-01-impersonate-dialog");
  await page.getByRole("dialog").getByRole("button", { name: "Impersonate" }).click();

  const banner = page.getByRole("region", { name: "Impersonation" });
  await banner.waitFor();
  expect(await banner.textContent()).toContain("You are impersonating frank (reason: ticket 42)");
  await page.waitForURL(/\/me\/applications/);
  await expect.poll(() => page.getByRole("button", { name: /, user menu$/ }).getAttribute("aria-label")).toContain("frank");
  await screenshot(page, "lifecycle-02-impersonating");

  await banner.getByRole("button", { name: "Stop impersonation" }).click();
  await page.getByText("Impersonation ended.").waitFor();
  await expect.poll(() => banner.count()).toBe(0);
  // Stop returns the admin to the page they came from.
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/directory/users/${frankId}`);

  await page.goto(`${environment.baseUrl}/directory/users/${frankId}?tab=events`);
  const events = page.getByRole("table", { name: "Events of frank" });
  await expect.poll(() => events.textContent()).toContain("Impersonation ended");
  expect(await events.textContent()).toContain("Impersonation started");
  await events.getByRole("button", { name: "Details of Impersonation started" }).click();
  await expect.poll(() => events.textContent()).toContain('"reason": "ticket 42"');
  await screenshot(page, "lifecycle-03-events");

  await page.getByLabel("Action", { exact: true }).selectOption("impersonation_ended");
  await expect.poll(() => events.textContent()).not.toContain("Impersonation started");
  await page.close();
});

it("deleting a user's session from the Sessions tab sends that browser to the login page on its next click", async () => {
  const api = environment.app.admin().api;
  const graceId = await createUser("grace", "grace-password-1");
  // Grace works the help desk: she can open the console's user list.
  const role = await api.roles.create.mutate({ name: "helpdesk-viewers" });
  await api.roles.assignPermission.mutate({ roleId: role.id, permission: "access_admin_console" });
  await api.roles.assignPermission.mutate({ roleId: role.id, permission: "view_user" });
  await api.users.assignRoles.mutate({ userId: graceId, roleIds: [role.id] });

  const graceContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const grace = await graceContext.newPage();
  await signInThroughConsole(grace, environment.baseUrl, "grace", "grace-password-1");
  await grace.goto(`${environment.baseUrl}/directory/users`);
  await grace.getByRole("table", { name: "Users" }).getByRole("link", { name: "grace" }).waitFor();
  await screenshot(grace, "lifecycle-04-grace-signed-in");

  const adminContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const admin = await adminContext.newPage();
  await signInThroughConsole(admin, environment.baseUrl, "admin", adminPassword);
  await admin.goto(`${environment.baseUrl}/directory/users/${graceId}?tab=sessions`);
  const sessions = admin.getByRole("table", { name: "Sessions of grace" });
  await expect.poll(() => sessions.locator("tbody tr").count()).toBe(1);
  await sessions.getByRole("checkbox", { name: /^Select session on/ }).check();
  await screenshot(admin, "lifecycle-05-sessions");
  await admin.getByRole("tabpanel").getByRole("button", { name: "Delete sessions", exact: true }).click();
  const confirm = admin.getByRole("alertdialog");
  expect(await confirm.textContent()).toContain("Delete 1 session of grace?");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await admin.getByText("1 session deleted").waitFor();
  await admin.getByText("No active sessions").waitFor();
  await screenshot(admin, "lifecycle-06-session-deleted");

  await grace.getByRole("table", { name: "Users" }).getByRole("link", { name: "grace" }).click();
  await grace.waitForURL(/\/login/);
  await grace.getByLabel("Username or email").waitFor();
  await screenshot(grace, "lifecycle-07-grace-signed-out");
  await graceContext.close();
  await adminContext.close();
});
