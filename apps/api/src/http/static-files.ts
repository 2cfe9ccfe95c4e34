/**
 * Serves the built console (apps/web/dist). Hashed assets are cached for a year; every other
 * path that is not a file gets index.html, so that client-side routes such as /flow/<slug> load.
 */
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { htmlContentSecurityPolicy } from "./security-headers.js";
import { answerText } from "./answer-text.js";

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

/** The decoded path of the request, or null when the URL or its %-escapes are malformed. */
function requestedPath(req: IncomingMessage): string | null {
  try {
    return decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    return null;
  }
}

export function staticFiles(root: string | null) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!root || !fs.existsSync(path.join(root, "index.html"))) {
      return answerText(res, 503, "The console has not been built. Run `pnpm build` (pnpm start does it for you).");
    }
    const requested = requestedPath(req);
    if (requested === null) return answerText(res, 400, "Malformed URL.");
    let file = path.join(root, path.normalize(requested).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, "index.html");
    const extension = path.extname(file);
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      "content-type": contentTypes[extension] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      ...(extension === ".html" ? { "content-security-policy": htmlContentSecurityPolicy } : {}),
    });
    await pipeline(fs.createReadStream(file), res);
  };
}
