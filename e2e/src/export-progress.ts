/** Where a user export stands, read from its rows: for tests that interrupt one mid-way. */
import type { EntityManager } from "@roster/db";
import { sql } from "@roster/db/testing";

export interface ExportProgress {
  status: string;
  row_count: number;
  chunks: number;
}

export async function exportProgress(em: EntityManager, exportId: string): Promise<ExportProgress> {
  const rows = await sql<ExportProgress>(
    em,
    "SELECT status, row_count::int AS row_count, (SELECT count(*)::int FROM data_export_chunks c WHERE c.export_id = x.id) AS chunks FROM data_exports x WHERE id = ?",
    [exportId],
  );
  return rows[0] ?? { status: "missing", row_count: 0, chunks: 0 };
}

/** Polls often (a whole export takes seconds) until the export runs and has stored a chunk. */
export async function waitUntilMidExport(em: EntityManager, exportId: string): Promise<void> {
  for (let state = await exportProgress(em, exportId); !(state.status === "running" && state.chunks > 0); state = await exportProgress(em, exportId)) {
    if (state.status === "done") throw new Error("The export finished before it could be interrupted; give it more rows.");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
