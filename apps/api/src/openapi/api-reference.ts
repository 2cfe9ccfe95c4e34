/**
 * `/api/reference`: the API reference page (Scalar), its script served from the installed
 * `@scalar/api-reference` package (no CDN), reading `/api/openapi.json`. The page gets its own
 * Content-Security-Policy: scripts from this origin only, and Scalar's injected stylesheets
 * allowed (the console's policy refuses those); fonts, requests and images stay on this origin,
 * and Scalar's default web fonts and telemetry are turned off.
 */
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { pipeline } from "node:stream/promises";

export const referencePagePath = "/api/reference";
export const referenceScriptPath = "/api/reference/standalone.js";

export const referenceContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const configuration = JSON.stringify({ withDefaultFonts: false, telemetry: false, persistAuth: false, hideDarkModeToggle: false, authentication: { preferredSecurityScheme: "bearerAuth" } });

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Roster API reference</title>
</head>
<body>
<script id="api-reference" data-url="/api/openapi.json" data-configuration="${configuration.replaceAll('"', "&quot;")}"></script>
<script src="${referenceScriptPath}"></script>
</body>
</html>
`;

/** The standalone browser bundle inside the package (not in its exports map, so found beside its entry). */
function standaloneScript(): string {
  const entry = createRequire(import.meta.url).resolve("@scalar/api-reference");
  return path.join(path.dirname(entry), "browser", "standalone.js");
}

export function serveReferencePage(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache", "content-security-policy": referenceContentSecurityPolicy });
  res.end(page);
}

export async function serveReferenceScript(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const file = standaloneScript();
  const { size } = await fs.promises.stat(file);
  res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "content-length": String(size), "cache-control": "public, max-age=86400" });
  if (req.method === "HEAD") return void res.end();
  await pipeline(fs.createReadStream(file), res);
}
