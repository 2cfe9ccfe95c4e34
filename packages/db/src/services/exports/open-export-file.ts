/**
 * The finished file of an export, for the download endpoint: found only when it is done and the
 * viewer may see it, and read one stored chunk at a time so that a large file never sits in memory.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { exportFileName } from "@roster/core";
import { sql } from "../../sql.js";
import { visibleTo, type ExportViewer } from "./export-row.js";

export interface ExportFile {
  fileName: string;
  byteSize: number;
  chunks(): AsyncGenerator<Buffer>;
}

export async function openExportFile(em: EntityManager, viewer: ExportViewer, id: string): Promise<ExportFile | null> {
  const visible = visibleTo(viewer);
  const rows = await sql<{ model: string; requested_at: Date; byte_size: number }>(
    em,
    `SELECT x.model, x.requested_at, x.byte_size::float8 AS byte_size FROM data_exports x WHERE x.id = ? AND x.status = 'done' AND ${visible.sql}`,
    [id, ...visible.params],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    fileName: exportFileName(row.model, new Date(row.requested_at)),
    byteSize: Number(row.byte_size),
    async *chunks() {
      for (let seq = 0; ; ) {
        const next = await sql<{ seq: number; data: Buffer }>(em, "SELECT seq, data FROM data_export_chunks WHERE export_id = ? AND seq > ? ORDER BY seq LIMIT 1", [id, seq]);
        const chunk = next[0];
        if (!chunk) return;
        seq = chunk.seq;
        yield chunk.data;
      }
    },
  };
}
