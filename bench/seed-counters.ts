/**
 * The dashboards' counters (migration v15) during a bulk load: their triggers are turned off
 * while the rows go in, as the indexes are dropped, and the counters are recounted from the rows
 * afterwards by the migration's own functions (one aggregate instead of a transition table
 * holding every loaded row).
 */
import type pg from "pg";

const recount = { users: "stats_recount_users", events: "stats_recount_events" } as const;

export type CountedTable = keyof typeof recount;

export async function pauseCounters(client: pg.Client, table: CountedTable): Promise<void> {
  await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
}

export async function recountAndResume(client: pg.Client, table: CountedTable): Promise<void> {
  await client.query(`SELECT ${recount[table]}()`);
  await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
}
