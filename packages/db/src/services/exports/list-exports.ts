/** `exports.list`: the viewer's exports (or all of them), newest first, by keyset on (requested_at, id). */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TDataExport } from "@roster/core";
import { pageOf, pageWindow, type PageRequest, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { exportColumns, toDataExport, visibleTo, type ExportRow, type ExportViewer } from "./export-row.js";

export async function listExports(em: EntityManager, viewer: ExportViewer, input: PageRequest): Promise<Page<TDataExport>> {
  const window = pageWindow(input, 2, 20);
  const conditions = [visibleTo(viewer)];
  if (window.after) {
    const [requestedAt, id] = window.after;
    conditions.push({ sql: "(x.requested_at, x.id) < (?::timestamptz, ?::uuid)", params: [requestedAt, id] });
  }
  const rows = await sql<ExportRow & { requested_key: string }>(
    em,
    `SELECT ${exportColumns}, x.requested_at::text AS requested_key FROM data_exports x
      WHERE ${conditions.map((condition) => `(${condition.sql})`).join(" AND ")}
      ORDER BY x.requested_at DESC, x.id DESC LIMIT ?`,
    [...conditions.flatMap((condition) => condition.params), window.take],
  );
  return pageOf(rows, window, (last) => [last.requested_key, last.id], toDataExport);
}
