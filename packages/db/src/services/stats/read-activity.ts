/** `stats.activity`: events per UTC hour (24h) or day (30d) and action, from the hourly counters (v15). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { bucketSizes, bucketStarts, fillBuckets, type TActivity, type TActivityInput } from "@roster/core";
import { sql } from "../../sql.js";
import { toActivityCounts, utcBucket, type ActivityRow } from "./activity-rows.js";

export async function readActivity(em: EntityManager, input: TActivityInput, now = new Date()): Promise<TActivity> {
  const from = bucketStarts(input.range, now)[0];
  const rows = await sql<ActivityRow>(
    em,
    `SELECT ${utcBucket("hour")} AS start, action, sum(count)::bigint AS count FROM event_counts_hourly
      WHERE hour >= ? ${input.actions ? "AND action = ANY(?::text[])" : ""} GROUP BY 1, 2`,
    [bucketSizes[input.range].ms, from, ...(input.actions ? [input.actions] : [])],
  );
  return { range: input.range, buckets: fillBuckets(input.range, now, toActivityCounts(rows), input.actions) };
}
