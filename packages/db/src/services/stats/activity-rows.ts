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

/**
 * The start of a column's UTC bucket, the bucket's length in milliseconds bound as the first
 * parameter. date_bin is plain arithmetic from the epoch, where date_trunc with a time zone
 * looks the zone up on every row (a third of the cost of 30 days of a busy account).
 */
export function utcBucket(column: string): string {
  return `date_bin(? * interval '1 millisecond', ${column}, timestamptz 'epoch')`;
}
