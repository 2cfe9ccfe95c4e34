/** `--folder users/contractors [--dry-run] [--today 2026-12-01]`. */
import { parseArgs } from "node:util";
import { dayOf } from "./contract-end.js";
import type { OffboardOptions } from "./offboard.js";

export const usage = "usage: roster-offboarding --folder <path> [--dry-run] [--today YYYY-MM-DD]";

export function readArguments(args: string[], now: Date = new Date()): OffboardOptions {
  const { values } = parseArgs({ args, options: { folder: { type: "string" }, "dry-run": { type: "boolean", default: false }, today: { type: "string" } }, strict: true });
  if (!values.folder) throw new Error(`--folder is required.\n${usage}`);
  const today = values.today ?? dayOf(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be a date such as 2026-12-01, not "${today}".`);
  return { folder: values.folder, today, dryRun: values["dry-run"] };
}
