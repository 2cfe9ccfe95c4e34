/** The columns an export is read with, its mapping onto `TDataExport`, and who may see it. */
import { ZUserListFilter, type TDataExport, type TExportStatus } from "@roster/core";
import type { SqlFragment } from "../../sql-fragment.js";
import { iso } from "../../sql-values.js";

export const exportColumns = `x.id, x.requested_by_id, x.requested_by_username, x.requested_at, x.model, x.query_params,
  x.status, x.row_count::float8 AS row_count, x.byte_size::float8 AS byte_size, x.completed_at, x.error`;

export interface ExportRow {
  id: string;
  requested_by_id: string | null;
  requested_by_username: string;
  requested_at: Date;
  model: string;
  query_params: Record<string, unknown>;
  status: TExportStatus;
  row_count: number;
  byte_size: number;
  completed_at: Date | null;
  error: string | null;
}

/**
 * Who is looking: an export is visible to its requester, and to every export to a holder of
 * `view_dataexport` (`seesAll`). Anyone else is told it does not exist.
 */
export interface ExportViewer {
  userId: string;
  seesAll: boolean;
}

/** A SQL condition on `x` (data_exports) that keeps what the viewer may see. */
export function visibleTo(viewer: ExportViewer): SqlFragment {
  return viewer.seesAll ? { sql: "TRUE", params: [] } : { sql: "x.requested_by_id = ?", params: [viewer.userId] };
}

export function toDataExport(row: ExportRow): TDataExport {
  return {
    id: row.id,
    requestedBy: { id: row.requested_by_id, username: row.requested_by_username },
    requestedAt: iso(row.requested_at) ?? "",
    model: row.model,
    queryParams: ZUserListFilter.catch({}).parse(row.query_params),
    status: row.status,
    rowCount: Number(row.row_count),
    byteSize: Number(row.byte_size),
    completedAt: iso(row.completed_at),
    error: row.error,
  };
}
