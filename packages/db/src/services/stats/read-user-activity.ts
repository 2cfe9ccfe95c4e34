/**
 * `users.activity`: what a user did and what was done to them (a failed sign-in names them as its
 * target), per UTC hour or day and action. Read from the events themselves, index-only (v15):
 * events by the user from events_user, events about them by someone else from events_about_user,
 * so an event both by and about the user is read and counted once.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { bucketSizes, bucketStarts, fillBuckets, type TActivity, type TStatsRange } from "@roster/core";
import { sql } from "../../sql.js";
import { toActivityCounts, utcBucket, type ActivityRow } from "./activity-rows.js";

export async function readUserActivity(em: EntityManager, input: { userId: string; range: TStatsRange }, now = new Date()): Promise<TActivity> {
  const from = bucketStarts(input.range, now)[0];
  const rows = await sql<ActivityRow>(
    em,
    `SELECT ${utcBucket("created_at")} AS start, action, count(*) AS count FROM (
       SELECT created_at, action FROM events WHERE user_id = ?::uuid AND created_at >= ?
       UNION ALL
       SELECT created_at, action FROM events
        WHERE target_user_id = ?::uuid AND created_at >= ? AND target_user_id IS NOT NULL AND user_id IS DISTINCT FROM target_user_id
     ) e GROUP BY 1, 2`,
    [bucketSizes[input.range].ms, input.userId, from, input.userId, from],
  );
  return { range: input.range, buckets: fillBuckets(input.range, now, toActivityCounts(rows)) };
}
