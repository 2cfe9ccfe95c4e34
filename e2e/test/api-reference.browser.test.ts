/**
 * The API reference page in Chromium: linked from Directory › Tokens, Scalar renders the OpenAPI
 * document under the page's own CSP (scripts from this origin only) without a single refusal,
 * and asks nothing of another origin (no CDN, no web fonts, no telemetry).
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

it("opens from the tokens page and renders the REST endpoints with no CSP refusal and no request elsewhere", async () => {
  await page.goto(`${environment.baseUrl}/directory/tokens`);
  const opened = page.context().waitForEvent("page");
  await page.getByRole("link", { name: "API reference" }).click();
  const reference = await opened;
  const refusals: string[] = [];
  const elsewhere: string[] = [];
  reference.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  reference.on("request", (request) => {
    if (!request.url().startsWith(environment.baseUrl) && !request.url().startsWith("data:")) elsewhere.push(request.url());
  });
  await reference.waitForURL(`${environment.baseUrl}/api/reference`);
  await expect.poll(() => reference.getByText("Roster API").first().isVisible(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => reference.getByText("auth.me").first().isVisible(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => reference.getByText("/api/v1/auth/me").first().isVisible()).toBe(true);
  await screenshot(reference, "api-reference");
  expect(refusals).toEqual([]);
  expect(elsewhere).toEqual([]);
});
