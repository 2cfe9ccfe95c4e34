/**
 * `GET /applications/<id>/icon/<version>`: an application's uploaded icon, from PostgreSQL so that any
 * replica serves it. Any signed-in caller may load it (My applications shows it to everyone who
 * may launch the application). The URL carries the start of the image's hash, so it is cached for good;
 * the bytes were checked against their type on upload and are served with a CSP that runs nothing.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { readApplicationIcon } from "@roster/db";
import type { ContextFactory } from "../context.js";
import { answerText } from "./answer-text.js";

const iconPath = /^\/applications\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/icon(?:\/[0-9a-f]{1,64})?\/?(?:\?.*)?$/i;
const anyIconPath = /^\/applications\/[^/?]*\/icon(?:\/[^/?]*)?\/?(?:\?.*)?$/;

export function isApplicationIcon(url: string): boolean {
  return anyIconPath.test(url);
}

export async function serveApplicationIcon(contextFor: ContextFactory, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") return answerText(res, 405, "Method not allowed.", { allow: "GET, HEAD" });
  const id = iconPath.exec(req.url ?? "")?.[1]?.toLowerCase();
  const context = await contextFor(req, res);
  if (!context.actor) return answerText(res, 401, "Sign in to continue.");
  const icon = id ? await readApplicationIcon(context.em, id) : null;
  if (!icon) return answerText(res, 404, "Icon not found.");
  res.writeHead(200, {
    "content-type": icon.contentType,
    "content-length": String(icon.bytes.length),
    "cache-control": "private, max-age=31536000, immutable",
    etag: `"${icon.sha256}"`,
    "content-security-policy": "default-src 'none'; sandbox",
    "x-content-type-options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : icon.bytes);
}
