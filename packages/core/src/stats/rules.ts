/**
 * The dashboards' time buckets: UTC hours for "24h" (the current hour last), UTC days for "30d"
 * (today last). The database returns only the buckets that hold something; these fill the rest.
 */
import type { TActivityBucket, TStatsRange } from "./schema.js";

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

export const bucketSizes: Record<TStatsRange, { count: number; ms: number }> = {
  "24h": { count: 24, ms: hourMs },
  "30d": { count: 30, ms: dayMs },
};

/** The buckets' starts, oldest first. */
export function bucketStarts(range: TStatsRange, now: Date): Date[] {
  const { count, ms } = bucketSizes[range];
  const last = Math.floor(now.getTime() / ms) * ms;
  return Array.from({ length: count }, (_, index) => new Date(last - (count - 1 - index) * ms));
}

export interface ActivityCount {
  start: Date;
  action: string;
  count: number;
}

/**
 * Every bucket of the range with its counts; rows outside the range are ignored. With `actions`,
 * each bucket names each of them (zero when nothing happened).
 */
export function fillBuckets(range: TStatsRange, now: Date, rows: readonly ActivityCount[], actions?: readonly string[]): TActivityBucket[] {
  const starts = bucketStarts(range, now);
  const byStart = new Map(starts.map((start) => [start.getTime(), Object.fromEntries((actions ?? []).map((action) => [action, 0])) as Record<string, number>]));
  for (const row of rows) {
    const counts = byStart.get(row.start.getTime());
    if (counts) counts[row.action] = (counts[row.action] ?? 0) + row.count;
  }
  return starts.map((start) => ({ start: start.toISOString(), counts: byStart.get(start.getTime()) ?? {} }));
}

/** `YYYY-MM-DD` of each of the last `days` UTC days, oldest first. */
export function lastDays(days: number, now: Date): string[] {
  const today = Math.floor(now.getTime() / dayMs) * dayMs;
  return Array.from({ length: days }, (_, index) => new Date(today - (days - 1 - index) * dayMs).toISOString().slice(0, 10));
}
