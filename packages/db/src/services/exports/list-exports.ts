/** `exports.list`: the viewer's exports (or all of them), newest first, by keyset on (requested_at, id). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, type TDataExport } from "@roster/core";
import { sql } from "../../sql.js";
import { exportColumns, toDataExport, visibleTo, type ExportRow, type ExportViewer } from "./export-row.js";

export interface ListExportsInput {
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

export async function listExports(em: EntityManager, viewer: ExportViewer, input: ListExportsInput): Promise<{ items: TDataExport[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const conditions = [visibleTo(viewer)];
  if (input.cursor) {
    const [requestedAt, id] = decodeCursor(input.cursor, 2);
    conditions.push({ sql: "(x.requested_at, x.id) < (?::timestamptz, ?::uuid)", params: [requestedAt, id] });
  }
  const rows = await sql<ExportRow & { requested_key: string }>(
    em,
    `SELECT ${exportColumns}, x.requested_at::text AS requested_key FROM data_exports x
      WHERE ${conditions.map((condition) => `(${condition.sql})`).join(" AND ")}
      ORDER BY x.requested_at DESC, x.id DESC LIMIT ?`,
    [...conditions.flatMap((condition) => condition.params), limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toDataExport), nextCursor: rows.length > limit && last ? encodeCursor([last.requested_key, last.id]) : null };
}
