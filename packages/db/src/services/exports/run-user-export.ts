/**
 * The `user-export` job's work: streams the users the export's filters select, in the list's
 * order, through a database cursor into CSV chunks, then marks the export done and notifies the
 * requester. A run starts the file afresh (a retry after a crash deletes the earlier attempt's
 * chunks), and a finished export is left alone, so that the job can be retried at any point.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, csvRow, userExportHeader, ZUserListFilter, type TUserListFilter } from "@roster/core";
import { sql } from "../../sql.js";
import { ExportChunkWriter } from "./export-chunk-writer.js";
import { failExport, finishExport, type RunningExport } from "./finish-export.js";
import { streamQueryRows } from "./stream-query-rows.js";
import { userExportQuery } from "./user-export-query.js";

export interface RunUserExportOptions {
  /** This run's attempt (1 for the first) and the job's last one: the last failure is final. */
  attempt: number;
  maxAttempts: number;
  /** The user-export job, linked from a failure's notification. */
  jobId?: string;
  /** About how many bytes of CSV go into one stored chunk. */
  chunkBytes?: number;
  /** How many rows one read of the cursor fetches. */
  batchRows?: number;
}

export type UserExportOutcome = "done" | "failed" | "skipped";

const defaultChunkBytes = 1 << 20;
const defaultBatchRows = 2000;
const serverFailure = "The export failed on the server. The worker logged the error.";

export async function runUserExport(em: EntityManager, exportId: string, options: RunUserExportOptions): Promise<UserExportOutcome> {
  const started = await startExport(em, exportId);
  if (!started) return "skipped";
  try {
    const filter = storedFilter(started.queryParams);
    const query = userExportQuery(filter);
    const writer = new ExportChunkWriter(em, exportId, options.chunkBytes ?? defaultChunkBytes);
    writer.addText(userExportHeader);
    for await (const rows of streamQueryRows(em, query, options.batchRows ?? defaultBatchRows)) {
      for (const row of rows) writer.addRow(csvRow(row as (string | null)[]));
      await writer.flushIfFull();
    }
    await finishExport(em, started, await writer.close(), filter);
    return "done";
  } catch (error) {
    // Deleted while running: nothing left to write or to tell.
    if (!(await exportExists(em, exportId))) return "skipped";
    // A query that cannot run will not run on the next attempt either.
    const permanent = error instanceof AppError;
    if (permanent || options.attempt >= options.maxAttempts) await failExport(em, started, permanent ? error.message : serverFailure, options.jobId);
    if (permanent) return "failed";
    throw error;
  }
}

async function startExport(em: EntityManager, exportId: string): Promise<(RunningExport & { queryParams: unknown }) | null> {
  return em.transactional(async (tx) => {
    const rows = await sql<{ requested_by_id: string | null; requested_by_username: string; query_params: unknown }>(
      tx,
      `UPDATE data_exports SET status = 'running', row_count = 0, byte_size = 0, error = NULL, completed_at = NULL
        WHERE id = ? AND status <> 'done' RETURNING requested_by_id, requested_by_username, query_params`,
      [exportId],
    );
    const row = rows[0];
    if (!row) return null;
    await sql(tx, "DELETE FROM data_export_chunks WHERE export_id = ?", [exportId]);
    return { id: exportId, requestedById: row.requested_by_id, requestedByUsername: row.requested_by_username, queryParams: row.query_params };
  });
}

function storedFilter(queryParams: unknown): TUserListFilter {
  const parsed = ZUserListFilter.safeParse(queryParams);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "The export's stored filters are not valid. Start a new export.");
  return parsed.data;
}

async function exportExists(em: EntityManager, exportId: string): Promise<boolean> {
  return (await sql(em, "SELECT 1 FROM data_exports WHERE id = ?", [exportId])).length > 0;
}
