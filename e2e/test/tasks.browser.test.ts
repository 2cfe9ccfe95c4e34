/**
 * System › Tasks in Chromium: a send-email job failing against a closed SMTP port shows as
 * retrying with its error; once the server is back, Retry delivers it, once. Then the History,
 * Schedules (Run now) and Workers tabs.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { queueEmail } from "@roster/db";
import { freePort } from "@roster/db/embedded";
import { screenshot } from "../src/browser.js";
import type { Environment } from "../src/environment.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";
import { startMailbox, type Mailbox } from "../src/mailbox.js";

let ui: ConsoleSession;
let environment: Environment;
let mailbox: Mailbox | undefined;
let smtpPort: number;
let page: Page;
beforeAll(async () => {
  smtpPort = await freePort();
  ui = await startConsole({ environment: { worker: true, smtpUrl: `smtp://127.0.0.1:${smtpPort}` } });
  ({ environment, page } = ui);
});
afterAll(async () => {
  await ui?.close();
  await mailbox?.close();
});

const toast = () => page.getByRole("status").filter({ has: page.locator(".toast") });
const jobs = () => page.getByRole("table", { name: "Jobs" });

it("shows a failing send-email job as retrying with its error, and Retry delivers it once the server is back", async () => {
  await environment.app.database.fork().transactional((tx) => queueEmail(tx, { to: "ops@example.com", subject: "Tasks page retry", text: "body", html: "<p>body</p>" }));
  await page.goto(`${environment.baseUrl}/system/tasks?tab=jobs`);
  const row = jobs().getByRole("row").filter({ hasText: "send-email" });
  // The second attempt has failed: the next one waits about 7 s, time enough to press Retry first.
  await expect.poll(() => row.textContent(), { timeout: 30_000 }).toMatch(/retrying\s*2 \/ 8/);
  expect(await row.textContent()).toMatch(/ECONNREFUSED|connect/i);
  await screenshot(page, "tasks-jobs-retrying");

  mailbox = await startMailbox(smtpPort);
  await row.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Retry (1)" }).click();
  await expect.poll(() => toast().textContent()).toContain("1 job queued to run now.");
  const delivered = await mailbox.waitForMessages(1, 20_000);
  expect(delivered[0]?.subject).toBe("Tasks page retry");
  await expect.poll(() => jobs().textContent(), { timeout: 10_000 }).not.toContain("send-email");
  await screenshot(page, "tasks-jobs-after-retry");

  await page.getByRole("tab", { name: "History" }).click();
  const history = page.getByRole("table", { name: "History" });
  await expect.poll(() => history.getByRole("row").filter({ hasText: "send-email" }).count()).toBe(3);
  const outcomes = await history.getByRole("row").filter({ hasText: "send-email" }).allTextContents();
  expect(outcomes[0]).toMatch(/success\s*3 \/ 8/);
  expect(outcomes.slice(1).every((text) => text.includes("error, retried"))).toBe(true);
  await screenshot(page, "tasks-history");

  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(mailbox.messages).toHaveLength(1);
}, 90_000);

it("runs a scheduled task now and lists the worker", async () => {
  await page.getByRole("tab", { name: "Schedules" }).click();
  const schedules = page.getByRole("table", { name: "Schedules" });
  await expect.poll(() => schedules.textContent()).toContain("0 * * * *");
  await page.getByRole("button", { name: "Run now: cleanup" }).click();
  await expect.poll(() => toast().textContent()).toMatch(/cleanup queued as job #\d+/);
  await expect.poll(() => schedules.textContent(), { timeout: 15_000 }).toContain("success");
  await screenshot(page, "tasks-schedules");

  await page.getByRole("tab", { name: "Workers" }).click();
  const workers = page.getByRole("table", { name: "Workers" });
  await expect.poll(() => workers.textContent()).toContain(environment.worker?.id ?? "?");
  expect(await workers.textContent()).toContain("alive");
  await screenshot(page, "tasks-workers");
}, 60_000);
