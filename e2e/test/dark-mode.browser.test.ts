/**
 * The console in a dark system scheme, on a realistic directory (issue 15): axe-core finds no
 * serious or critical violation (contrast among them) on the main pages; checkboxes are drawn from
 * the theme, not Chromium's grey filled squares; and the Overview's charts fill their cards — at
 * 1024 px two in a row and the third across the row, no blank band under an x-axis.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousViolations } from "../src/axe.js";
import { screenshot } from "../src/browser.js";
import { startRealisticConsole, type RealisticConsole } from "../src/realistic-console.js";
import type { RealisticDirectory } from "../src/realistic-directory.js";
import type { ConsoleSession } from "../src/start-console.js";

let ui: ConsoleSession;
let seeded: RealisticDirectory;
let realistic: RealisticConsole;

beforeAll(async () => {
  realistic = await startRealisticConsole();
  ({ ui, seeded } = realistic);
  await ui.page.emulateMedia({ colorScheme: "dark" });
}, 180_000);
afterAll(() => realistic?.close());

async function open(path: string): Promise<void> {
  await ui.page.goto(`${ui.baseUrl}${path}`);
  await ui.page.waitForLoadState("networkidle");
  await expect.poll(() => ui.page.locator("[aria-busy=true], [role=status]:has-text('Loading…')").count(), { timeout: 10_000 }).toBe(0);
}

const mainPages = (): string[] => [
  "/",
  "/dashboards/users",
  "/directory/users",
  `/directory/users/${seeded.userId}`,
  "/directory/groups",
  `/directory/groups/${seeded.groupId}`,
  "/directory/roles",
  "/directory/tokens",
  "/applications",
  "/events/logs",
  "/events/exports",
  "/system/settings",
  "/system/tasks",
  "/me/settings",
];


it("has no serious or critical axe violation on the main pages in dark mode", async () => {
  const found: Record<string, unknown> = {};
  for (const path of mainPages()) {
    await open(path);
    const violations = await seriousViolations(ui.page);
    if (violations.length > 0) found[path] = violations;
  }
  expect(found).toEqual({});
});

/** The part of a checkbox read here (the e2e package has no DOM types). */
interface Styled {
  ownerDocument: { defaultView: { getComputedStyle(element: Styled): { appearance: string; backgroundColor: string; borderTopColor: string } } };
}

it("draws checkboxes from the theme: an outlined box, filled with the accent once checked", async () => {
  await open("/directory/users");
  const box = ui.page.getByRole("checkbox").nth(1);
  const look = () => box.evaluate((element: Styled) => {
    const style = element.ownerDocument.defaultView.getComputedStyle(element);
    return { appearance: style.appearance, background: style.backgroundColor, border: style.borderTopColor };
  });
  const surface = await ui.page.evaluate<string>(
    '(() => { const probe = document.createElement("span"); probe.style.color = "var(--surface)"; document.body.append(probe); const color = getComputedStyle(probe).color; probe.remove(); return color; })()',
  );
  const unchecked = await look();
  expect(unchecked).toMatchObject({ appearance: "none", background: surface });
  await box.check();
  const checked = await look();
  expect(checked.background).not.toBe(surface);
  expect(checked.background).toBe(checked.border);
  await screenshot(ui.page, "dark-mode-users-checked");
});

interface Rect {
  top: number;
  bottom: number;
  width: number;
}
/** The part of an element read here (the e2e package has no DOM types). */
interface Boxed {
  getBoundingClientRect(): Rect;
  querySelector(selector: string): Boxed | null;
}

it("fits the Overview's charts to their cards at 1024 px: two, then one across, no band under the x-axis", async () => {
  await ui.page.setViewportSize({ width: 1024, height: 768 });
  await open("/");
  await expect.poll(() => ui.page.locator(".chart canvas").count()).toBe(3);
  const boxes = await ui.page.locator(".chart").evaluateAll((charts: Boxed[]) =>
    charts.map((chart) => {
      const card = chart.getBoundingClientRect();
      const plot = chart.querySelector(".uplot")?.getBoundingClientRect();
      return { top: Math.round(card.top), width: Math.round(card.width), gapBelowChart: plot ? Math.round(card.bottom - plot.bottom) : -1 };
    }),
  );
  const [first, second, third] = boxes;
  expect(first?.top).toBe(second?.top);
  expect(third?.top).toBeGreaterThan(first?.top ?? 0);
  expect(third?.width).toBeGreaterThan((first?.width ?? 0) * 1.9);
  // The card's padding (12 px) and its border, nothing more.
  for (const box of boxes) expect(box.gapBelowChart).toBeLessThanOrEqual(14);
  await screenshot(ui.page, "dark-mode-overview-1024");
});
