/**
 * The ends of an export's run: done (event + the requester's notification) or failed (the
 * requester is told why). Each is one transaction, and the notification carries the dedupe key
 * `export:<id>`, so that a retried job never notifies twice.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { exportDownloadPath, exportMessages, jobPagePath, type ExportFilter } from "@roster/core";
import { sql } from "../../sql.js";
import { recordEvent } from "../events/record-event.js";
import { createNotification } from "../notifications/create-notification.js";
import type { ExportTotals } from "./export-chunk-writer.js";

export interface RunningExport {
  id: string;
  requestedById: string | null;
  requestedByUsername: string;
}

export function exportNotificationKey(exportId: string): string {
  return `export:${exportId}`;
}

/** `filter`: what the export selected, named in the notification beside the row count. */
export async function finishExport(em: EntityManager, running: RunningExport, totals: ExportTotals, filter: ExportFilter): Promise<boolean> {
  return em.transactional(async (tx) => {
    const marked = await sql(tx, "UPDATE data_exports SET status = 'done', row_count = ?, byte_size = ?, completed_at = now(), error = NULL WHERE id = ? AND status = 'running' RETURNING id", [
      totals.rowCount,
      totals.byteSize,
      running.id,
    ]);
    if (marked.length === 0) return false;
    const eventId = await recordEvent(tx, {
      action: "export_ready",
      actor: null,
      context: { model: "dataexport", pk: running.id, requestedBy: { id: running.requestedById, username: running.requestedByUsername }, ...totals },
    });
    if (running.requestedById) {
      await createNotification(tx, {
        userId: running.requestedById,
        body: exportMessages.ready(totals.rowCount, filter),
        eventId,
        link: { href: exportDownloadPath(running.id), label: "Download" },
        dedupeKey: exportNotificationKey(running.id),
      });
    }
    return true;
  });
}

export async function failExport(em: EntityManager, running: RunningExport, error: string, jobId?: string): Promise<void> {
  await em.transactional(async (tx) => {
    const marked = await sql(tx, "UPDATE data_exports SET status = 'failed', error = ? WHERE id = ? AND status <> 'done' RETURNING id", [error, running.id]);
    if (marked.length === 0 || !running.requestedById) return;
    await createNotification(tx, {
      userId: running.requestedById,
      severity: "alert",
      body: exportMessages.failed(error),
      link: jobId ? { href: jobPagePath(jobId), label: "Open job" } : null,
      dedupeKey: exportNotificationKey(running.id),
    });
  });
}
