/**
 * `users.activity`: what a user did and what was done to them (a failed sign-in names them as its
 * target), per UTC hour or day and action. Read from the events themselves through the two
 * indexes that find a user's events, which carry the action (v15): index-only, so an account
 * with tens of thousands of events a month still answers in milliseconds. An event both by and
 * about the user counts once.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { bucketSizes, bucketStarts, fillBuckets, type TActivity, type TStatsRange } from "@roster/core";
import { sql } from "../../sql.js";
import { toActivityCounts, type ActivityRow } from "./activity-rows.js";

export async function readUserActivity(em: EntityManager, input: { userId: string; range: TStatsRange }, now = new Date()): Promise<TActivity> {
  const from = bucketStarts(input.range, now)[0];
  const rows = await sql<ActivityRow>(
    em,
    `SELECT date_trunc(?, created_at, 'UTC') AS start, action, count(*) AS count FROM (
       SELECT created_at, action FROM events WHERE user_id = ?::uuid AND created_at >= ?
       UNION ALL
       SELECT created_at, action FROM events WHERE target_user_id = ?::uuid AND created_at >= ? AND user_id IS DISTINCT FROM ?::uuid
     ) e GROUP BY 1, 2`,
    [bucketSizes[input.range].unit, input.userId, from, input.userId, from, input.userId],
  );
  return { range: input.range, buckets: fillBuckets(input.range, now, toActivityCounts(rows)) };
}
