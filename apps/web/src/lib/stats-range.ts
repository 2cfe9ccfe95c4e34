/** A dashboard's range from the URL (`?range=30d`); the last 24 hours unless it says otherwise. */
import type { TStatsRange } from "@roster/core";

export function readRange(value: string | string[] | undefined): TStatsRange {
  return (Array.isArray(value) ? value[0] : value) === "30d" ? "30d" : "24h";
}

export function rangeUnit(range: TStatsRange): "hour" | "day" {
  return range === "24h" ? "hour" : "day";
}

/** How often a dashboard refreshes itself. */
export const dashboardRefreshMs = 30_000;
