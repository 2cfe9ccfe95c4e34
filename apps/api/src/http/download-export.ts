/**
 * `GET /exports/<id>/download`: the finished CSV of an export, streamed chunk by chunk from the
 * database so that any API replica can serve it and a large file never sits in memory. The caller
 * authenticates as for the API (session cookie or bearer token); only the requester, or a holder
 * of `view_dataexport`, gets the file — everyone else gets the same 404 as for an unknown or
 * unfinished export.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { openExportFile } from "@roster/db";
import type { ContextFactory } from "../context.js";
import { exportViewer } from "../routers/exports/viewer.js";
import { answerText } from "./answer-text.js";

const downloadPath = /^\/exports\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/download\/?(?:\?.*)?$/i;
const anyDownloadPath = /^\/exports\/[^/?]*\/download\/?(?:\?.*)?$/;

/** Whether the URL is a download URL (well-formed or not: a malformed id still gets a 404 here). */
export function isExportDownload(url: string): boolean {
  return anyDownloadPath.test(url);
}

export async function downloadExport(contextFor: ContextFactory, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET") return answerText(res, 405, "Method not allowed.", { allow: "GET" });
  const id = downloadPath.exec(req.url ?? "")?.[1]?.toLowerCase();
  const context = await contextFor(req, res);
  if (!context.actor) return answerText(res, 401, "Sign in to continue.");
  const file = id ? await openExportFile(context.em, exportViewer(context.actor), id) : null;
  if (!file) return answerText(res, 404, "Export not found.");
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-length": String(file.byteSize),
    "content-disposition": `attachment; filename="${file.fileName}"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  await pipeline(Readable.from(file.chunks()), res);
}
