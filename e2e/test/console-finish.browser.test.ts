/**
 * What the screenshot tour found (issue 15, the polish slice): an empty record tab is its empty
 * state alone; a view_user-only admin sees no Delete on a user's MFA devices and no activity
 * chart; Logs names the user an email was sent to, with a link; at 1024 px the Invitations and
 * Data Exports row actions are inside the window.
 */
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { deliverEmail, queueEmail } from "@roster/db";
import { sql } from "@roster/db/testing";
import { screenshot } from "../src/browser.js";
import { exportProgress } from "../src/export-progress.js";
import { waitFor } from "../src/wait.js";
import { signInThroughConsole } from "../src/console.js";
import { createLimitedAdmin, type LimitedAdmin } from "../src/limited-admin.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";

let ui: ConsoleSession;
let memberId: string;
let limitedAdmin: LimitedAdmin;

beforeAll(async () => {
  ui = await startConsole({
    environment: { worker: true },
    seed: async (environment) => {
      const admin = environment.app.admin().api;
      memberId = (await admin.users.create.mutate({ username: "finish-member", email: "finish-member@example.com", path: "users" })).id;
      const database = environment.app.database;
      // An MFA device, as a finished setup flow leaves it.
      await sql(database.fork(), "INSERT INTO authenticators (id, user_id, type, name, confirmed) VALUES (?, ?, 'totp', 'Work phone', true)", [randomUUID(), memberId]);
      // A recovery email to the member, delivered as the worker's send-email job delivers it.
      const messageId = await database.fork().transactional((tx) => queueEmail(tx, { to: "finish-member@example.com", subject: "Reset your password", text: "link", html: "link" }, memberId));
      await deliverEmail(database.fork(), messageId, () => Promise.resolve({}), { lastAttempt: false });

      limitedAdmin = await createLimitedAdmin(admin, "finish-viewer", ["access_admin_console", "view_user"]);

      await admin.invitations.create.mutate({ name: "contractors-of-the-northern-region-2027", fixedData: { path: "users/contractors-of-the-northern-region" } });
      const { exportId } = await admin.users.export.mutate({ query: 'path = "users"' });
      await waitFor(() => exportProgress(database.fork(), exportId), (progress) => progress.status === "done", 60_000);
    },
  });
}, 180_000);

afterEach(async (context) => {
  if (context.task.result?.state === "fail") await screenshot(ui.page, `finish-failed-${context.task.name.slice(0, 40).replaceAll(" ", "-")}`);
});

afterAll(() => ui?.close());

/** The open tab's content: the page header has its own Delete (the user). */
const tabPanel = (page: Page) => page.getByRole("tabpanel");
const userPage = (tab: string) => `${ui.baseUrl}/directory/users/${memberId}?tab=${tab}`;

it("an empty Explicit consent tab shows its empty state, without Delete or checkboxes", async () => {
  const page = ui.page;
  await page.goto(userPage("consents"));
  await page.getByText("No consents").waitFor();
  expect(await tabPanel(page).getByRole("button", { name: "Delete" }).count()).toBe(0);
  expect(await tabPanel(page).getByRole("checkbox").count()).toBe(0);
  await screenshot(page, "finish-empty-consents");
});

it("a full admin sees Delete on the MFA tab; a view_user-only admin sees the device without Delete, and no activity chart", async () => {
  await ui.page.goto(userPage("authenticators"));
  await ui.page.getByRole("cell", { name: "Work phone", exact: true }).waitFor();
  await tabPanel(ui.page).getByRole("button", { name: "Delete" }).waitFor();
  await ui.page.goto(userPage("overview"));
  await ui.page.getByRole("heading", { name: "User details" }).waitFor();
  await ui.page.getByText("No attributes").waitFor();

  const viewer = await ui.browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await signInThroughConsole(viewer, ui.baseUrl, limitedAdmin.username, limitedAdmin.password);
    const activityCalls: string[] = [];
    viewer.on("request", (request) => {
      if (request.url().includes("users.activity")) activityCalls.push(request.url());
    });
    await viewer.goto(userPage("authenticators"));
    await viewer.getByRole("cell", { name: "Work phone", exact: true }).waitFor();
    expect(await tabPanel(viewer).getByRole("button", { name: "Delete" }).count()).toBe(0);
    expect(await tabPanel(viewer).getByRole("checkbox").count()).toBe(0);
    await screenshot(viewer, "finish-viewer-mfa");

    await viewer.goto(userPage("overview"));
    await viewer.getByRole("heading", { name: "User details" }).waitFor();
    await viewer.waitForLoadState("networkidle");
    expect(await viewer.getByRole("heading", { name: /activity/i }).count()).toBe(0);
    expect(activityCalls).toEqual([]);
  } finally {
    await viewer.close();
  }
});

it("Logs names the user an email was sent to, with a link to their page", async () => {
  const page = ui.page;
  await page.goto(`${ui.baseUrl}/events/logs?action=email_sent`);
  const row = page.getByRole("row", { name: /Email sent/ }).first();
  const link = row.getByRole("link", { name: "User finish-member" });
  await link.waitFor();
  expect(await link.getAttribute("href")).toBe(`/directory/users/${memberId}`);
});

/** The target's box: it is on screen. */
async function boxOf(target: Locator) {
  await target.waitFor();
  const box = await target.boundingBox();
  if (!box) throw new Error("Not on screen");
  return box;
}

/** The target lies inside the window's width and inside the table's right edge (a clipped cell would still be inside the window). */
async function expectInside(page: Page, table: Locator, target: Locator) {
  const box = await boxOf(target);
  const tableBox = await boxOf(table);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  expect(box.x + box.width).toBeLessThanOrEqual(tableBox.x + tableBox.width);
}

it("at 1024 px the Invitations and Data Exports row actions are fully inside the window", async () => {
  const page = ui.page;
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${ui.baseUrl}/directory/invitations`);
  const invitations = page.getByRole("table", { name: "Invitations" });
  const invitation = page.getByRole("row", { name: /contractors-of-the-northern-region-2027/ });
  await expectInside(page, invitations, invitation.getByRole("button", { name: "New link" }));
  await expectInside(page, invitations, invitation.getByRole("button", { name: "Send by email" }));
  await screenshot(page, "finish-invitations-1024");

  await page.goto(`${ui.baseUrl}/events/exports`);
  await expectInside(page, page.getByRole("table", { name: "Data exports" }), page.getByRole("link", { name: /^Download the export/ }).first());
  await screenshot(page, "finish-exports-1024");
});
