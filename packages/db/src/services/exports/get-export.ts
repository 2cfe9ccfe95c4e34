import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TDataExport } from "@roster/core";
import { sql } from "../../sql.js";
import { exportColumns, toDataExport, visibleTo, type ExportRow, type ExportViewer } from "./export-row.js";

/** One export, or NOT_FOUND when it does not exist or the viewer may not see it (the same answer). */
export async function getExport(em: EntityManager, viewer: ExportViewer, id: string): Promise<TDataExport> {
  const visible = visibleTo(viewer);
  const rows = await sql<ExportRow>(em, `SELECT ${exportColumns} FROM data_exports x WHERE x.id = ? AND ${visible.sql}`, [id, ...visible.params]);
  if (!rows[0]) throw AppError.notFound("Export");
  return toDataExport(rows[0]);
}
