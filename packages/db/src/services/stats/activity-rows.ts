/** Rows of (bucket start, action, count) as PostgreSQL returns them (bigint counts come as text). */
import type { ActivityCount } from "@roster/core";

export interface ActivityRow {
  start: Date;
  action: string;
  count: string | number;
}

export function toActivityCounts(rows: readonly ActivityRow[]): ActivityCount[] {
  return rows.map((row) => ({ start: new Date(row.start), action: row.action, count: Number(row.count) }));
}
