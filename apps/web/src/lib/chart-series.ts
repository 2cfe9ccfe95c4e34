/**
 * The dashboards' charts from activity buckets: uPlot's columns (x in seconds, one array per
 * series) and the same numbers as table rows for screen readers. Pure, so tested without a browser.
 */
import type { TActivityBucket } from "@roster/core";

export interface ChartSeries {
  /** The action counted (or any key of the buckets' counts). */
  key: string;
  label: string;
}

export type ChartColumns = [number[], ...number[][]];

export function chartColumns(buckets: readonly TActivityBucket[], series: readonly ChartSeries[]): ChartColumns {
  const xs = buckets.map((bucket) => Date.parse(bucket.start) / 1000);
  return [xs, ...series.map((item) => buckets.map((bucket) => bucket.counts[item.key] ?? 0))];
}

export function seriesTotal(buckets: readonly TActivityBucket[], key: string): number {
  return buckets.reduce((sum, bucket) => sum + (bucket.counts[key] ?? 0), 0);
}

/** The `limit` actions with the most events, largest first: a user's activity "by kind". */
export function busiestKeys(buckets: readonly TActivityBucket[], limit: number): string[] {
  const totals = new Map<string, number>();
  for (const bucket of buckets) for (const [key, count] of Object.entries(bucket.counts)) totals.set(key, (totals.get(key) ?? 0) + count);
  return [...totals]
    .filter(([, total]) => total > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key]) => key);
}

/** A bucket's label in UTC, as the chart's axis shows it: "14:00" for an hour, "Dec 5" for a day. */
export function bucketLabel(start: string, unit: "hour" | "day"): string {
  const date = new Date(start);
  return unit === "hour"
    ? date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })
    : date.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}
