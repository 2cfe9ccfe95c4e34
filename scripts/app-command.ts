/**
 * How the API and the worker are started, for `pnpm start`, `pnpm dev` and the benchmark alike:
 * the compiled output of `pnpm build` (`apps/<app>/dist/main.js`) on plain Node, or in development
 * the TypeScript sources through tsx. Node itself is the process started, never a wrapper, so its
 * pid and its /proc status are those of the process doing the work.
 */
import fs from "node:fs";
import path from "node:path";

export type TApp = "api" | "worker";

/** `compiled`: what production runs. `source`: `pnpm dev`, no build needed. */
export type TRunMode = "compiled" | "source";

/**
 * `--enable-source-maps`: stack traces name the .ts files and lines, not the bundle's.
 * `--max-semi-space-size=2` (MB): V8's young generation otherwise grows to 2 × 16 MB while the
 * process starts, and an idle process keeps it; a small one keeps each app's idle RSS under
 * 100 MB. Requests' short-lived garbage is collected a little more often instead.
 */
export const compiledNodeFlags = ["--enable-source-maps", "--max-semi-space-size=2"];

/** The arguments for `process.execPath` that run `app` from the repository at `root`. */
export function appArguments(root: string, app: TApp, mode: TRunMode): string[] {
  if (mode === "source") return ["--import", "tsx", path.join(root, "apps", app, "src/main.ts")];
  const entry = path.join(root, "apps", app, "dist/main.js");
  if (!fs.existsSync(entry)) throw new Error(`${path.relative(root, entry)} is missing: run "pnpm build" first.`);
  return [...compiledNodeFlags, entry];
}
