/**
 * The directory admin pages in Chromium: a group under a parent, a role with a global and a
 * per-object permission, a token and its one-time key, a settings change, and all of it in
 * Events › Logs.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "../src/browser.js";
import type { Environment } from "../src/environment.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";

let ui: ConsoleSession;
let environment: Environment;
let page: Page;
beforeAll(async () => {
  ui = await startConsole({ viewport: { width: 1280, height: 860 } });
  ({ environment, page } = ui);
});
afterAll(() => ui?.close());

const toast = () => page.getByRole("status").filter({ has: page.locator(".toast") });
const dialog = () => page.getByRole("dialog");

async function createGroup(name: string, parent?: string): Promise<void> {
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await dialog().getByLabel("Name").fill(name);
  if (parent) {
    await dialog().getByLabel("Search parents").fill(parent);
    await dialog().getByRole("checkbox", { name: parent }).check();
    await expect.poll(() => dialog().getByRole("list", { name: "Chosen parents" }).textContent()).toContain(parent);
  }
  await screenshot(page, `directory-group-form-${name}`);
  await dialog().getByRole("button", { name: "Create", exact: true }).click();
  await expect.poll(() => toast().textContent()).toContain(`Group ${name} created`);
}

it("creates a group under a parent group", async () => {
  await page.goto(`${environment.baseUrl}/directory/groups`);
  await createGroup("e2e-parent");
  await createGroup("e2e-child", "e2e-parent");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "e2e-child" }) });
  await expect.poll(() => row.textContent()).toContain("e2e-parent");
  await screenshot(page, "directory-groups");

  // Making the parent a child of its own child is refused, with the server's words under Parents.
  await page.getByRole("button", { name: "Edit e2e-parent" }).click();
  await dialog().getByLabel("Search parents").fill("e2e-child");
  await dialog().getByRole("checkbox", { name: "e2e-child" }).check();
  await dialog().getByRole("button", { name: "Update" }).click();
  await expect.poll(() => dialog().textContent()).toContain('This would create a cycle: "e2e-parent" → "e2e-child" → "e2e-parent".');
  await screenshot(page, "directory-group-cycle");
  await dialog().getByRole("button", { name: "Cancel" }).click();

  await row.getByRole("link", { name: "e2e-child" }).click();
  await page.waitForURL(/\/directory\/groups\/[0-9a-f-]+$/);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("e2e-child");
  await page.getByRole("tab", { name: "Members" }).click();
  await page.getByRole("button", { name: "Add members" }).click();
  await dialog().getByLabel("Search users").fill("admin");
  await dialog().getByRole("checkbox", { name: "admin" }).check();
  await dialog().getByRole("button", { name: "Add 1 user" }).click();
  await expect.poll(() => toast().textContent()).toContain("1 user added to e2e-child");
  await expect.poll(() => page.getByRole("table", { name: "Members of e2e-child" }).textContent()).toContain("admin");
  await screenshot(page, "directory-group-members");
});

it("creates a role and grants it a global and a per-object permission", async () => {
  await page.goto(`${environment.baseUrl}/directory/roles`);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await dialog().getByLabel("Name").fill("e2e-auditors");
  await dialog().getByRole("button", { name: "Create", exact: true }).click();
  await expect.poll(() => toast().textContent()).toContain("Role e2e-auditors created");
  await page.getByRole("link", { name: "e2e-auditors" }).click();
  await page.waitForURL(/\/directory\/roles\/[0-9a-f-]+$/);

  await page.getByRole("button", { name: "Assign permission" }).click();
  await dialog().getByLabel("Search permissions").fill("view event");
  await dialog().getByRole("checkbox", { name: "view_event" }).check();
  await screenshot(page, "directory-role-assign-permission");
  await dialog().getByRole("button", { name: "Assign", exact: true }).click();
  await expect.poll(() => toast().textContent()).toContain("view_event assigned to e2e-auditors");
  await expect.poll(() => page.getByRole("table", { name: "Global permissions" }).textContent()).toContain("view_event");

  await page.getByRole("button", { name: "Assign on object" }).click();
  await dialog().getByLabel("Object type").selectOption("user");
  await dialog().getByLabel("Search user").fill("admin");
  await dialog().getByRole("radio", { name: "admin" }).check();
  await dialog().getByLabel("Permission", { exact: true }).selectOption("impersonate");
  await screenshot(page, "directory-role-assign-on-object");
  await dialog().getByRole("button", { name: "Assign", exact: true }).click();
  await expect.poll(() => toast().textContent()).toContain("impersonate on user admin assigned to e2e-auditors");
  const objectGrants = page.getByRole("table", { name: "Object permissions" });
  await expect.poll(() => objectGrants.textContent()).toContain("impersonate");
  await expect.poll(() => objectGrants.textContent()).toContain("admin");
  await screenshot(page, "directory-role-permissions");
});

it("creates a token and shows its key once", async () => {
  await page.goto(`${environment.baseUrl}/directory/tokens`);
  await page.getByRole("button", { name: "Create token" }).click();
  await dialog().getByLabel("Identifier").fill("e2e-ci");
  await dialog().getByLabel("Description").fill("Deploys from CI");
  await dialog().getByRole("button", { name: "Create", exact: true }).click();
  await expect.poll(() => dialog().getByRole("heading").textContent()).toBe("Token created");
  await expect.poll(() => dialog().textContent()).toContain("it will not be shown again");
  expect((await dialog().getByLabel("Key").textContent())?.length ?? 0).toBeGreaterThanOrEqual(43);
  await screenshot(page, "directory-token-key");
  await dialog().getByRole("button", { name: "Done" }).click();
  await expect.poll(() => page.getByRole("table", { name: "Tokens" }).textContent()).toContain("e2e-ci");

  await page.getByRole("button", { name: "Create service account" }).click();
  await dialog().getByLabel("Username").fill("e2e-robot");
  await dialog().getByRole("button", { name: "Create", exact: true }).click();
  await expect.poll(() => dialog().getByRole("heading").textContent()).toBe("Service account created");
  await dialog().getByRole("button", { name: "Done" }).click();
  await expect.poll(() => page.getByRole("table", { name: "Tokens" }).textContent()).toContain("service-account-e2e-robot-token");
  await screenshot(page, "directory-tokens");
});

it("changes a setting", async () => {
  await page.goto(`${environment.baseUrl}/system/settings`);
  await page.getByLabel("Keep events for (days)").fill("90");
  await page.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => toast().textContent()).toContain("Settings saved");
  await expect.poll(() => page.getByText("No unsaved changes").isVisible()).toBe(true);
  await page.evaluate("window.scrollTo(0, 0)");
  await screenshot(page, "system-settings");
});

it("finds those actions in Events › Logs", async () => {
  await page.goto(`${environment.baseUrl}/events/logs?action=model_created`);
  const events = page.getByRole("table", { name: "Events" });
  await expect.poll(() => events.textContent()).toContain("Group e2e-child");
  await expect.poll(() => events.textContent()).toContain("Role e2e-auditors");
  await expect.poll(() => events.textContent()).toContain("e2e-ci");

  await page.getByLabel("Action").selectOption("model_updated");
  await page.waitForURL(/action=model_updated/);
  await expect.poll(() => events.textContent()).toContain("Settings System settings");
  await expect.poll(() => events.textContent()).toContain("Role e2e-auditors");
  const settingsRow = page.getByRole("row").filter({ hasText: "Settings System settings" }).first();
  await settingsRow.getByRole("button", { name: /Details of/ }).click();
  await expect.poll(() => events.textContent()).toContain('"eventRetentionDays"');
  await screenshot(page, "events-logs");

  await page.reload();
  await expect.poll(() => page.getByLabel("Action").inputValue()).toBe("model_updated");
});
