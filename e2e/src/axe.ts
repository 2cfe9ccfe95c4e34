/**
 * axe-core in a test page: the library is evaluated through the DevTools protocol (the console's
 * Content-Security-Policy refuses inline scripts, rightly), then run on the whole document. Only
 * serious and critical violations are returned, with the elements they concern.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.evaluate(axeSource);
  return await page.evaluate<AxeViolation[]>(`axe.run(document, { resultTypes: ["violations"] }).then((result) => result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ") + (node.any[0] && node.any[0].data && node.any[0].data.contrastRatio ? " (" + node.any[0].data.fgColor + " on " + node.any[0].data.bgColor + ": " + node.any[0].data.contrastRatio + ")" : "")) })))`);
}
