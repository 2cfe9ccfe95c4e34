/**
 * Serves the built console (apps/web/dist). Hashed assets are cached for a year; every other
 * path that is not a file gets index.html, so that client-side routes such as /flow/<slug> load.
 */
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

export function staticFiles(root: string | null) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (!root || !fs.existsSync(path.join(root, "index.html"))) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("The console has not been built. Run `pnpm build` (pnpm start does it for you).\n");
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const requested = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = path.join(root, requested);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, "index.html");
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      "x-frame-options": "DENY",
    });
    fs.createReadStream(file).pipe(res);
  };
}
