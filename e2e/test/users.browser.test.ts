/**
 * Directory › Users in Chromium, as an admin works: create a user in a folder, find it by query
 * and with autocomplete, edit its attributes as YAML, give it groups and roles, see an inherited
 * role, and bulk-delete two users. Each step saves a screenshot.
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "../src/browser.js";
import type { Environment } from "../src/environment.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";

let ui: ConsoleSession;
let environment: Environment;
let page: Page;

beforeAll(async () => {
  ui = await startConsole({ viewport: { width: 1400, height: 900 }, seed: async (started) => {
    environment = started;
    const api = environment.app.admin().api;
    await api.users.create.mutate({ username: "seed-eng", path: "users/eng", name: "Seed Engineer" });
    await api.users.create.mutate({ username: "temp-one", path: "users/tmp" });
    await api.users.create.mutate({ username: "temp-two", path: "users/tmp" });
    await api.groups.create.mutate({ name: "engineering" });
    await api.roles.create.mutate({ name: "auditor" });
    const helpdesk = await api.roles.create.mutate({ name: "helpdesk" });
    await api.groups.create.mutate({ name: "support", roles: [helpdesk.id] });
  } });
  ({ environment, page } = ui);
});

afterEach(async (context) => {
  if (context.task.result?.state === "fail") await screenshot(page, `users-failed-${context.task.name.slice(0, 40).replaceAll(" ", "-")}`);
});

afterAll(() => ui?.close());

const dialog = () => page.getByRole("dialog");
const usersTable = () => page.getByRole("table", { name: "Users" });
const search = () => page.getByRole("combobox", { name: "Search" });

async function userId(username: string): Promise<string> {
  const { items } = await environment.app.admin().api.users.list.query({ query: `username = "${username}"` });
  const found = items[0];
  if (!found) throw new Error(`No user ${username}`);
  return found.id;
}

it("creates a user inside the chosen folder, with the path prefilled", async () => {
  await page.goto(`${environment.baseUrl}/directory/users`);
  await page.getByRole("treeitem", { name: "eng" }).click();
  await page.waitForURL(/path=users%2Feng/);
  await expect.poll(() => usersTable().textContent()).not.toContain("temp-one");
  expect(await usersTable().textContent()).toContain("seed-eng");
  await screenshot(page, "users-01-folder");

  await page.getByRole("button", { name: "Create", exact: true }).click();
  expect(await dialog().getByRole("textbox", { name: "Path", exact: true }).inputValue()).toBe("users/eng");
  await dialog().getByRole("textbox", { name: "Username", exact: true }).fill("erin");
  await dialog().getByLabel("Name", { exact: true }).fill("Erin Example");
  await dialog().getByLabel("Email", { exact: true }).fill("erin@example.com");
  await screenshot(page, "users-02-create-dialog");
  await dialog().getByRole("button", { name: "Create", exact: true }).click();
  await page.getByText("User erin created").waitFor();
  await expect.poll(() => usersTable().textContent()).toContain("erin");
  await screenshot(page, "users-03-created");

  await page.reload();
  await expect.poll(() => page.getByRole("treeitem", { name: "eng" }).getAttribute("aria-selected")).toBe("true");
});

it("finds the user with a typed query, and shows a bad query's error where it is", async () => {
  await page.goto(`${environment.baseUrl}/directory/users`);
  await search().fill('usrname = "erin"');
  await search().press("Enter");
  await page.getByText('Unknown field "usrname"').waitFor();
  await screenshot(page, "users-04-query-error");

  await search().fill('username = "erin"');
  await search().press("Enter");
  await page.waitForURL(/q=username/);
  await expect.poll(() => usersTable().locator("tbody tr").count()).toBe(1);
  expect(await usersTable().textContent()).toContain("Erin Example");
  expect(await page.locator(".table-footer").textContent()).toContain("1 of 1");
  await screenshot(page, "users-05-query");
});

it("highlights the first suggestion as it appears, and Tab completes it without leaving the field", async () => {
  await page.goto(`${environment.baseUrl}/directory/users`);
  await search().click();
  await page.keyboard.type("us");
  const first = page.getByRole("option", { name: /^username/ });
  await first.waitFor();
  expect(await first.getAttribute("aria-selected")).toBe("true");
  await page.keyboard.press("Tab");
  await expect.poll(() => search().inputValue()).toBe("username ");
  expect(await page.locator(":focus").getAttribute("role")).toBe("combobox");
  await page.keyboard.press("Escape");
});

it("finds the user with autocomplete, picking the suggestion with the keyboard", async () => {
  await page.goto(`${environment.baseUrl}/directory/users`);
  await page.locator("main").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("/");
  expect(await page.locator(":focus").getAttribute("role")).toBe("combobox");
  await page.keyboard.type("usern");
  await page.getByRole("option", { name: /^username/ }).waitFor();
  await screenshot(page, "users-06-autocomplete");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect.poll(() => search().inputValue()).toBe("username ");
  await page.getByRole("option", { name: /^=/ }).first().waitFor();
  await page.keyboard.press("Escape");
  await expect.poll(() => page.getByRole("listbox").count()).toBe(0);
  await page.keyboard.type('= "erin"');
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");
  await page.waitForURL(/q=username/);
  await expect.poll(() => usersTable().locator("tbody tr").count()).toBe(1);
  expect(await usersTable().textContent()).toContain("erin");
  await screenshot(page, "users-07-autocomplete-result");
});

it("edits the attributes as YAML and sees them on the Overview", async () => {
  await page.getByRole("button", { name: "Edit erin" }).click();
  const attributes = dialog().getByLabel("Attributes");
  expect(await attributes.inputValue()).toBe("{}");
  await attributes.fill("- not an object");
  await dialog().getByText("Attributes must be an object").waitFor();
  await attributes.fill("department: engineering\nlevel: 3\ntags:\n  - oncall");
  await screenshot(page, "users-08-edit-attributes");
  await dialog().getByRole("button", { name: "Update" }).click();
  await page.getByText("User erin updated").waitFor();

  await usersTable().getByRole("link", { name: "erin" }).click();
  await page.waitForURL(/\/directory\/users\/[0-9a-f-]+$/);
  await page.getByRole("heading", { name: "erin", level: 1 }).waitFor();
  await expect.poll(() => page.getByTestId("user-attributes").textContent()).toBe("department: engineering\nlevel: 3\ntags:\n  - oncall");
  await screenshot(page, "users-09-overview");
});

it("adds the user to an existing group and to a new group", async () => {
  await page.getByRole("tab", { name: "Groups" }).click();
  await page.waitForURL(/tab=groups/);
  await page.getByRole("button", { name: "Add to existing group" }).click();
  await dialog().getByLabel("Search groups").fill("engin");
  await expect.poll(() => dialog().getByRole("list").textContent()).not.toContain("support");
  await dialog().getByLabel("engineering").check();
  await screenshot(page, "users-10-add-existing-group");
  await dialog().getByRole("button", { name: "Add", exact: true }).click();
  await page.getByText("erin added to 1 group: engineering").waitFor();

  await page.getByRole("button", { name: "Add new group" }).click();
  await dialog().getByRole("textbox", { name: "Group name" }).fill("erin-team");
  await dialog().getByRole("button", { name: "Create and add" }).click();
  await page.getByText("Group erin-team created and erin added to it").waitFor();
  const groups = page.getByRole("table", { name: "Groups of erin" });
  await expect.poll(() => groups.locator("tbody tr").count()).toBe(2);
  expect(await groups.textContent()).toContain("engineering");
  expect(await groups.textContent()).toContain("erin-team");
  await screenshot(page, "users-11-groups");
});

it("assigns a role, and shows a role inherited through a group as Inherited", async () => {
  const api = environment.app.admin().api;
  const { items } = await api.groups.list.query({ search: "support" });
  await api.users.addToGroups.mutate({ userId: await userId("erin"), groupIds: items.map((group) => group.id) });

  await page.getByRole("tab", { name: "Roles" }).click();
  await page.waitForURL(/tab=roles/);
  await page.getByRole("button", { name: "Add to existing role" }).click();
  await dialog().getByLabel("auditor").check();
  await dialog().getByRole("button", { name: "Assign", exact: true }).click();
  await page.getByText("1 role assigned to erin: auditor").waitFor();
  await expect.poll(() => page.getByRole("table", { name: "Roles assigned to erin" }).textContent()).toContain("auditor");
  await screenshot(page, "users-12-roles-assigned");

  await page.getByRole("tab", { name: "All Roles" }).click();
  const all = page.getByRole("table", { name: "All roles of erin" });
  const helpdesk = all.locator("tr", { hasText: "helpdesk" });
  await expect.poll(() => helpdesk.textContent()).toContain("Inherited");
  expect(await helpdesk.textContent()).toContain("from group support");
  expect(await all.locator("tr", { hasText: "auditor" }).textContent()).not.toContain("Inherited");
  await screenshot(page, "users-13-roles-all");
});

it("bulk-deletes two users after a confirmation that names them", async () => {
  await page.goto(`${environment.baseUrl}/directory/users?q=${encodeURIComponent('username startswith "temp-"')}`);
  await expect.poll(() => usersTable().locator("tbody tr").count()).toBe(2);
  await page.getByLabel("Select temp-one").check();
  await page.getByLabel("Select temp-two").check();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const confirm = page.getByRole("alertdialog");
  expect(await confirm.textContent()).toContain("Delete 2 users: temp-one and temp-two? This cannot be undone");
  await screenshot(page, "users-14-bulk-delete-confirm");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await page.getByText("2 users deleted").waitFor();
  await page.getByText("No users match").waitFor();
  await screenshot(page, "users-15-bulk-deleted");
  const { items } = await environment.app.admin().api.users.list.query({ query: 'username startswith "temp-"' });
  expect(items).toEqual([]);
});
