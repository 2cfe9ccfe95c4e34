/**
 * Seeds the audit log after the users: ten events per user (10,000,000 on a full run) over the
 * last 90 days, written by PostgreSQL itself (`INSERT … SELECT generate_series`, two halves on two
 * connections) with the events' indexes dropped and the hourly counters' trigger off, then
 * indexed, recounted (the migration's own stats_recount_events) and vacuumed so that the
 * per-user indexes are read index-only, as autovacuum leaves a live table.
 *
 * Actors are skewed as in a real directory: user n of N (in id order) is drawn as
 * N·u³ for a uniform u, so the first user — a busy account, returned as `busiestUserId` — does
 * about 1% of everything (N^-⅓), and the median user a handful of events.
 */
import pg from "pg";
import { progress } from "./progress.js";
import { pauseCounters, recountAndResume } from "./seed-counters.js";
import { buildIndexes, restoreConstraints } from "./seed-indexes.js";
import { PhaseLog, type SeedPhase } from "./seed-phases.js";
import { bulkSchema, dropBulkSchema } from "./seed-schema.js";

export const eventsPerUser = 10;

/** The mix of actions, as shares of all events. */
const actionShares: [string, number][] = [
  ["login", 0.4],
  ["login_failed", 0.08],
  ["logout", 0.1],
  ["authorize_application", 0.2],
  ["password_set", 0.03],
  ["recovery_link_created", 0.01],
  ["model_updated", 0.08],
  ["user_write", 0.04],
  ["sessions_revoked", 0.03],
  ["email_sent", 0.03],
];

export interface EventSeedResult {
  events: number;
  busiestUserId: string;
  typicalUserId: string;
  seconds: number;
  phases: SeedPhase[];
}

function actionCase(): string {
  let upTo = 0;
  const branches = actionShares.map(([action, share]) => {
    upTo += share;
    return `WHEN r < ${upTo.toFixed(4)} THEN '${action}'`;
  });
  return `CASE ${branches.join(" ")} ELSE 'logout' END`;
}

const insertEvents = `INSERT INTO events (id, action, user_id, username, target_user_id, context, client_ip, brand, created_at, expires)
  SELECT gen_random_uuid(), s.action,
         CASE WHEN s.action = 'login_failed' THEN NULL ELSE u.id END, CASE WHEN s.action = 'login_failed' THEN '' ELSE u.username END,
         u.id, '{}'::jsonb, '10.' || (s.g % 200) || '.' || (s.g % 250) || '.' || (s.g % 249), '', s.at, s.at + interval '365 days'
    FROM (SELECT g, ${actionCase()} AS action, n, at
            FROM (SELECT g, random() AS r, 1 + floor($3 * power(random(), 3))::int AS n, now() - random() * interval '90 days' AS at
                    FROM generate_series($1::int, $2::int) g) drawn) s
    JOIN bench_event_actors u ON u.n = s.n`;

export async function seedEvents(url: string, userCount: number): Promise<EventSeedResult> {
  const started = performance.now();
  const log = new PhaseLog();
  const total = userCount * eventsPerUser;
  const [main, second] = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all([main.connect(), second.connect()]);
  try {
    const settings = "SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 1; SET synchronous_commit = off; SET work_mem = '256MB'";
    await Promise.all([main.query(settings), second.query(settings)]);
    const schema = await bulkSchema(main, ["events"]);
    await log.time("drop the events' indexes, turn the counters off", async () => {
      await main.query("TRUNCATE events");
      await dropBulkSchema(main, schema);
      await pauseCounters(main, "events");
      await main.query("CREATE UNLOGGED TABLE bench_event_actors AS SELECT (row_number() OVER (ORDER BY id))::int AS n, id, username FROM users WHERE username <> 'admin'");
    });
    progress(`seeding ${total.toLocaleString("en")} events…`);
    const half = Math.floor(total / 2);
    await log.time("INSERT … SELECT generate_series (two halves)", () =>
      Promise.all([main.query(insertEvents, [1, half, userCount]), second.query(insertEvents, [half + 1, total, userCount])]),
    );
    const actors = await main.query<{ busiest: string; typical: string }>(
      "SELECT (SELECT id FROM bench_event_actors WHERE n = 1) AS busiest, (SELECT id FROM bench_event_actors WHERE n = $1) AS typical",
      [Math.floor(userCount / 2)],
    );
    await main.query("DROP TABLE bench_event_actors");
    await Promise.all([
      log.time("recount the hourly counters", () => recountAndResume(second, "events")),
      log.time("VACUUM (ANALYZE) events", () => main.query("VACUUM (ANALYZE) events")),
    ]);
    await log.time("events' index builds", () => buildIndexes([{ client: main }, { client: second }], schema.indexes.map((index) => ({ index })), log));
    await restoreConstraints(main, schema);
    const seconds = (performance.now() - started) / 1000;
    progress(`  ${total.toLocaleString("en")} events in ${seconds.toFixed(1)} s`);
    return { events: total, busiestUserId: actors.rows[0]?.busiest ?? "", typicalUserId: actors.rows[0]?.typical ?? "", seconds, phases: log.phases };
  } finally {
    await Promise.all([main.end(), second.end()]);
  }
}
