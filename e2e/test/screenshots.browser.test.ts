/**
 * The screenshot tour (issue 15): every console page, and each tab of every detail page, on a
 * realistic directory at 1440×900 and 1024×768, light and dark, saved as `<page>-<width>-<scheme>`
 * for a person to look at. On each the test asserts what would make a screenshot wrong before
 * anyone looks: an error banner or error row, "Could not load", an uncaught page error or a console
 * error, or (at either width) a page wider than the window.
 *
 * One browser, two pages (signed in, signed out) reused throughout: each page is loaded once per
 * scheme (`prefers-color-scheme`, which the console follows) and resized between the two widths.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "../src/browser.js";
import { startRealisticConsole, type RealisticConsole } from "../src/realistic-console.js";
import type { RealisticDirectory } from "../src/realistic-directory.js";
import type { ConsoleSession } from "../src/start-console.js";

const widths = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;
const schemes = ["light", "dark"] as const;

interface TourStop {
  /** The screenshot's name before `-<width>-<scheme>`. */
  name: string;
  path: (seeded: RealisticDirectory) => string;
  /** Also visit each tab of the page's tab list, saved as `<name>-<tab>`. */
  tabs?: boolean;
  /** Seen signed out (login, flows). */
  signedOut?: boolean;
}

const stops: TourStop[] = [
  { name: "overview", path: () => "/" },
  { name: "user-statistics", path: () => "/dashboards/users" },
  { name: "users", path: () => "/directory/users" },
  { name: "user", path: (seeded) => `/directory/users/${seeded.userId}`, tabs: true },
  { name: "service-account", path: (seeded) => `/directory/users/${seeded.serviceAccountId}` },
  { name: "groups", path: () => "/directory/groups" },
  { name: "group", path: (seeded) => `/directory/groups/${seeded.groupId}`, tabs: true },
  { name: "roles", path: () => "/directory/roles" },
  { name: "role", path: (seeded) => `/directory/roles/${seeded.roleId}`, tabs: true },
  { name: "tokens", path: () => "/directory/tokens" },
  { name: "invitations", path: () => "/directory/invitations" },
  { name: "applications", path: () => "/applications" },
  { name: "application", path: (seeded) => `/applications/${seeded.applicationId}`, tabs: true },
  { name: "flows", path: () => "/flows", tabs: true },
  { name: "flow", path: (seeded) => `/flows/${seeded.flowId}` },
  { name: "logs", path: () => "/events/logs" },
  { name: "exports", path: () => "/events/exports" },
  { name: "brands", path: () => "/system/brands" },
  { name: "settings", path: () => "/system/settings" },
  { name: "tasks", path: () => "/system/tasks", tabs: true },
  { name: "outbox", path: () => "/system/outbox" },
  { name: "my-applications", path: () => "/me/applications" },
  { name: "my-settings", path: () => "/me/settings" },
  { name: "not-found", path: () => "/no-such-page" },
  { name: "login", path: () => "/login", signedOut: true },
  { name: "recovery-flow", path: (seeded) => `/flow/${seeded.recoverySlug}`, signedOut: true },
];

let ui: ConsoleSession;
let seeded: RealisticDirectory;
let signedOut: Page;
let realistic: RealisticConsole;
const problems: string[] = [];
const saved: string[] = [];

/** Page errors and console errors, wherever the tour is: the test of the page reads and clears them. */
function listen(page: Page): void {
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
}

beforeAll(async () => {
  realistic = await startRealisticConsole();
  ({ ui, seeded } = realistic);
  signedOut = await (await ui.browser.newContext()).newPage();
  for (const page of [ui.page, signedOut]) listen(page);
}, 180_000);
afterAll(() => realistic?.close());

/** Waits until nothing on the page is loading: no "Loading…" status, no busy table, fonts in. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await expect.poll(() => page.locator("[aria-busy=true], [role=status]:has-text('Loading…')").count(), { timeout: 10_000 }).toBe(0);
  await page.evaluate("document.fonts.ready.then(() => true)");
}

/** What a person would call broken on this page, in words. */
async function visibleFailures(page: Page): Promise<string[]> {
  const shown = page.locator(".alert-error, [role=alert]").filter({ visible: true });
  const failures = (await shown.allTextContents()).map((text) => `error shown: ${text.trim()}`);
  if (await page.getByText("Could not load").count()) failures.push('"Could not load" shown');
  const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>("({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })");
  if (scrollWidth > innerWidth) failures.push(`scrolls sideways: ${scrollWidth} px wide in a ${innerWidth} px window`);
  return failures;
}

/** Tables cut off inside their frame (they scroll sideways on their own): reported, owned by other pages' authors. */
const clippedTables = new Set<string>();
async function noteClippedTables(page: Page, name: string, width: number): Promise<void> {
  const clipped = await page.locator(".table-wrap").evaluateAll((frames: { scrollWidth: number; clientWidth: number }[]) => frames.filter((frame) => frame.scrollWidth > frame.clientWidth + 1).length);
  if (clipped > 0) clippedTables.add(`${name} at ${width}`);
}

/** Both widths of what the page shows now, each checked and saved. */
async function captureWidths(page: Page, name: string, scheme: string): Promise<string[]> {
  const failures: string[] = [];
  for (const size of widths) {
    await page.setViewportSize(size);
    await settled(page);
    failures.push(...(await visibleFailures(page)).map((failure) => `${name} at ${size.width}: ${failure}`));
    await noteClippedTables(page, name, size.width);
    saved.push(await screenshot(page, `tour-${name}-${size.width}-${scheme}`));
  }
  return failures;
}

function slug(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

for (const scheme of schemes) {
  describe(`${scheme} scheme`, () => {
    beforeAll(async () => {
      for (const page of [ui.page, signedOut]) await page.emulateMedia({ colorScheme: scheme });
    });

    for (const stop of stops) {
      it(`${stop.name}${stop.tabs ? " and its tabs" : ""}`, async () => {
        problems.length = 0;
        const page = stop.signedOut ? signedOut : ui.page;
        await page.setViewportSize(widths[0]);
        await page.goto(`${ui.baseUrl}${stop.path(seeded)}`);
        await settled(page);
        expect(await page.evaluate('matchMedia("(prefers-color-scheme: dark)").matches')).toBe(scheme === "dark");
        const failures = await captureWidths(page, stop.name, scheme);
        if (stop.tabs) {
          const tabs = page.getByRole("tablist").first().getByRole("tab");
          const labels = await tabs.allTextContents();
          expect(labels.length).toBeGreaterThan(1);
          for (const [index, label] of labels.entries()) {
            if (index === 0) continue;
            await page.setViewportSize(widths[0]);
            await tabs.nth(index).click();
            await expect.poll(() => tabs.nth(index).getAttribute("aria-selected")).toBe("true");
            failures.push(...(await captureWidths(page, `${stop.name}-${slug(label)}`, scheme)));
          }
        }
        expect([...failures, ...problems]).toEqual([]);
      });
    }
  });
}

it("saved a screenshot of every stop at both widths in both schemes", () => {
  expect(saved.length).toBeGreaterThanOrEqual(stops.length * widths.length * schemes.length);
  if (clippedTables.size > 0) console.info(`tables cut off inside their frame: ${[...clippedTables].join(", ")}`);
  console.info(`screenshot tour: ${saved.length} screenshots in ${new Set(saved.map((file) => file.replace(/-(1440|1024)-(light|dark)\.png$/, ""))).size} pages and tabs`);
});
