/**
 * What the API serves at `GET /` during the benchmark: the built console when `apps/web/dist`
 * holds one (`pnpm build`), otherwise a stand-in index.html of the same kind, written to a
 * temporary folder, so that the load section's baseline is a real static answer either way.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const builtConsole = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../apps/web/dist");

export function benchWebDist(): string {
  if (fs.existsSync(path.join(builtConsole, "index.html"))) return builtConsole;
  const folder = path.join(os.tmpdir(), "roster-bench-web");
  fs.mkdirSync(folder, { recursive: true });
  const page = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Roster</title><script type="module" src="/assets/index.js"></script></head>\n<body><div id="root"></div></body>\n</html>\n`;
  fs.writeFileSync(path.join(folder, "index.html"), page);
  return folder;
}
