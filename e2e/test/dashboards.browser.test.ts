/**
 * Dashboards in Chromium at 1440 px, light and dark: the Overview's cards and charts after real
 * sign-ins (and a month of backdated audit events), its links to the filtered lists, its live
 * refresh without a reload, and a user's activity chart with their last sign-ins. axe-core finds
 * no serious or critical violation on either page.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { signIn } from "@roster/api/testing";
import { sql } from "@roster/db/testing";
import { seriousViolations } from "../src/axe.js";
import { screenshot } from "../src/browser.js";
import { failedSignIn } from "../src/failed-sign-in.js";
import type { Environment } from "../src/environment.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";

let ui: ConsoleSession;
let environment: Environment;
let page: Page;
let danaId: string;
const danaPassword = "dana-password-1";

beforeAll(async () => {
  ui = await startConsole({ seed: async (started) => {
    environment = started;
    const admin = environment.app.admin().api;
    const dana = await admin.users.create.mutate({ username: "dana", name: "Dana Scully", path: "users/eng" });
    danaId = dana.id;
    await admin.users.setPassword.mutate({ id: dana.id, password: danaPassword });
    for (const path of ["users/eng", "users/eng", "users/sales", "customers"]) await admin.users.create.mutate({ username: `member-${Math.random().toString(36).slice(2, 8)}`, path });
    const agents = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 Safari/605.1.15", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36"];
    for (const userAgent of agents) await signIn(environment.app.client({ userAgent }), "dana", danaPassword);
    await failedSignIn(environment, "dana");
    // A month of history, as the log of a live directory holds it: written as events, counted by the same trigger.
    await sql(
      environment.app.database.fork(),
      `INSERT INTO events (id, action, user_id, username, target_user_id, client_ip, created_at, expires)
       SELECT gen_random_uuid(), (ARRAY['login', 'login', 'login', 'login_failed', 'authorize_application', 'password_set', 'recovery_link_created'])[1 + g % 7],
              ?::uuid, 'dana', ?::uuid, '10.0.0.' || (g % 200), now() - (g * interval '37 minutes'), now() + interval '1 year'
         FROM generate_series(1, 900) g`,
      [danaId, danaId],
    );
  } });
  ({ environment, page } = ui);
});
afterAll(() => ui?.close());

const legendEntry = (name: RegExp) => page.getByRole("link", { name });

it("shows the Overview's cards and charts, each linking to the list behind it", async () => {
  await page.goto(`${environment.baseUrl}/`);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Overview");
  await expect.poll(() => page.locator(".stat-card").filter({ hasText: "Inactive" }).textContent()).toMatch(/Inactive\s*0/);
  const counted = await environment.app.admin().api.stats.overview.query();
  expect(counted.users?.total).toBeGreaterThanOrEqual(6);
  await expect.poll(() => page.locator(".stat-card").filter({ hasText: /^Users/ }).textContent()).toBe(`Users${counted.users?.total ?? ""}People and service accounts`);
  await expect.poll(() => page.locator(".chart canvas").count()).toBe(3);
  await expect.poll(() => legendEntry(/^Failed sign-ins/).textContent()).toMatch(/Failed sign-ins\s*\d+/);
  expect(await page.getByRole("table", { name: "Latest events" }).getByRole("row").count()).toBeGreaterThan(1);
  await screenshot(page, "dashboards-overview-light");
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "dashboards-overview-dark");
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });

  await page.getByRole("button", { name: "Last 30 days" }).click();
  await page.waitForURL(/range=30d/);
  await expect.poll(() => page.getByRole("heading", { name: "Last 30 days, by day (UTC)" }).count()).toBe(1);
  await screenshot(page, "dashboards-overview-30d");

  await legendEntry(/^Failed sign-ins/).click();
  await page.waitForURL(/\/events\/logs\?action=login_failed/);
  await page.goBack();
  await page.locator(".stat-card").filter({ hasText: "Inactive" }).click();
  await page.waitForURL(/\/directory\/users\?q=is_active/);
});

it("refreshes the numbers in place every 30 s", async () => {
  await page.goto(`${environment.baseUrl}/`);
  const failed = legendEntry(/^Failed sign-ins/);
  const shown = async () => Number((await failed.textContent())?.replace(/\D/g, ""));
  await expect.poll(shown).toBeGreaterThan(0);
  const before = await shown();
  await page.evaluate("window.__sameDocument = true");
  await failedSignIn(environment, "dana");
  await expect.poll(shown, { timeout: 40_000, interval: 1000 }).toBe(before + 1);
  expect(await page.evaluate("window.__sameDocument")).toBe(true);
}, 60_000);

it("shows a user's activity by kind and their last sign-ins with address and device", async () => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${environment.baseUrl}/directory/users/${danaId}`);
  await expect.poll(() => page.getByRole("heading", { name: "Activity" }).count()).toBe(1);
  await expect.poll(() => page.locator(".user-activity canvas").count()).toBe(1);
  const signIns = page.getByRole("table", { name: "Last sign-ins of dana" });
  await expect.poll(() => signIns.getByRole("row").count()).toBeGreaterThan(2);
  const text = await signIns.textContent();
  expect(text).toContain("Chrome on Windows");
  expect(text).toContain("Safari on macOS");
  expect(text).toContain("127.0.0.1");
  await screenshot(page, "dashboards-user-activity-light");
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "dashboards-user-activity-dark");
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
});

it("shows user statistics", async () => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${environment.baseUrl}/dashboards/users`);
  const folders = page.getByRole("table", { name: "Largest folders" });
  await expect.poll(() => folders.textContent()).toContain("users/eng");
  await expect.poll(() => page.getByRole("table", { name: "Users by type and state" }).textContent()).toContain("Internal");
  await screenshot(page, "dashboards-user-statistics-light");
  expect(await seriousViolations(page)).toEqual([]);
});
