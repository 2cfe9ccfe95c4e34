/**
 * The hourly clean-up's part of the dashboards' counters (migration v15): each backend writes its
 * own counter rows (`shard` = its pid) so that writers never wait on each other; here the rows of
 * the past are folded into shard 0, which keeps a read of 30 days to about one row per hour and
 * action. SKIP LOCKED leaves a row a writer still holds for the next run: the fold never waits.
 */
const foldInto = (table: string, keys: string, condition: string) => `WITH moved AS (
    DELETE FROM ${table} WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${table} WHERE shard <> 0 ${condition} FOR UPDATE SKIP LOCKED))
    RETURNING ${keys}, count)
  INSERT INTO ${table} AS c (${keys}, shard, count) SELECT ${keys}, 0, sum(count) FROM moved GROUP BY ${keys}
  ON CONFLICT (${keys}, shard) DO UPDATE SET count = c.count + excluded.count`;

export const counterFoldStatements: [string, string][] = [
  // The current hour and the one before stay sharded: their writers are still busy.
  ["eventCounterShards", foldInto("event_counts_hourly", "hour, action", "AND hour < date_trunc('hour', now()) - interval '1 hour'")],
  ["userCounterShards", foldInto("user_counts", "path, type, is_active", "")],
  ["emptyUserCounters", "DELETE FROM user_counts WHERE shard = 0 AND count = 0"],
  ["joinCounterShards", foldInto("user_joins_daily", "day", "")],
];
