/**
 * The dashboards' counters (migration v15) during a bulk load: their triggers are turned off
 * while the rows go in, as the indexes are dropped, and the counters are recounted from the rows
 * afterwards by the migration's own functions (one aggregate instead of a transition table
 * holding every loaded row).
 */
import type pg from "pg";

const recount = {
  users: { recount: "stats_recount_users", counters: "user_counts, user_joins_daily" },
  events: { recount: "stats_recount_events", counters: "event_counts_hourly" },
} as const;

export type CountedTable = keyof typeof recount;

export async function pauseCounters(client: pg.Client, table: CountedTable): Promise<void> {
  await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
}

export async function recountAndResume(client: pg.Client, table: CountedTable): Promise<void> {
  await client.query(`SELECT ${recount[table].recount}()`);
  await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  // As autovacuum leaves them on a live system: visible to index-only scans, with statistics.
  await client.query(`VACUUM (ANALYZE) ${recount[table].counters}`);
}
