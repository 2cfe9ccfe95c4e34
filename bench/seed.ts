/**
 * Seeds the directory through COPY: users, groups (nested), memberships and sessions. As in any
 * bulk load, the big tables' indexes and keys are dropped first and rebuilt afterwards from their
 * own definitions, and the run checks that it ends with the very schema it started with
 * (seed-schema.ts).
 *
 * The machine has two cores, so the seed keeps two connections busy all the way: users and
 * memberships are copied side by side from one pass of the generator (seed-load.ts), index builds
 * start as soon as the users are committed, and the foreign keys are validated beside ANALYZE
 * (seed-indexes.ts).
 */
import pg from "pg";
import { hashPassword } from "@roster/db";
import { progress } from "./progress.js";
import { pauseCounters, recountAndResume } from "./seed-counters.js";
import { buildIndexes, restoreConstraints, validateAndAnalyse } from "./seed-indexes.js";
import { loadRows } from "./seed-load.js";
import { PhaseLog, type SeedPhase } from "./seed-phases.js";
import { assertSameSchema, bulkSchema, dropBulkSchema, schemaSnapshot } from "./seed-schema.js";

/** Every seeded user with a password has this one (its argon2id hash is computed once). */
export const seededPassword = "bench-password-1";

// One parallel worker per build (btree, and GIN from PostgreSQL 18): on an idle machine the two
// builders already fill the two cores and it costs little, but on a shared one each build runs
// as two processes and gets twice the share of the CPU (60 s -> 53 s of seeding at load 15-25).
const sessionSettings = "SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 1; SET synchronous_commit = off";

export interface SeedResult {
  users: number;
  groups: number;
  memberships: number;
  sessions: number;
  /** copy: until the users are in; indexes: until every key is back; analyze: validation beside ANALYZE. */
  seconds: { copy: number; indexes: number; analyze: number; total: number };
  /** Each step's wall time; steps on the two connections overlap. */
  phases: SeedPhase[];
}

export async function seedDatabase(url: string, userCount: number): Promise<SeedResult> {
  const started = performance.now();
  const log = new PhaseLog();
  const main = new pg.Client({ connectionString: url });
  const second = new pg.Client({ connectionString: url });
  await Promise.all([main.connect(), second.connect()]);
  try {
    await Promise.all([main.query(sessionSettings), second.query(sessionSettings)]);
    const migrated = await schemaSnapshot(main);
    const schema = await bulkSchema(main);
    const passwordHash = await log.time("drop indexes and keys, hash the password", async () => {
      await dropBulkSchema(main, schema);
      await pauseCounters(main, "users");
      return hashPassword(seededPassword);
    });

    progress(`seeding ${userCount.toLocaleString("en")} users through COPY…`);
    const load = await loadRows(main, second, userCount, passwordHash, log);
    const copied = performance.now();
    progress(`rebuilding ${schema.indexes.length} indexes of users, group_users and sessions…`);
    const builds = log.time("all index builds", () =>
      buildIndexes(
        [{ client: main }, { client: second, ready: load.links }],
        schema.indexes.map((index) => ({ index, ...(index.table === "users" ? {} : { ready: load.links }) })),
        log,
      ),
    );
    const [links] = await Promise.all([load.links, builds]);
    progress(`  copied ${links.memberships.toLocaleString("en")} memberships and ${links.sessions.toLocaleString("en")} sessions`);
    await log.time("keys, and foreign keys NOT VALID", () => restoreConstraints(main, schema));
    await log.time("recount the dashboards' user counters", () => recountAndResume(main, "users"));
    const indexed = performance.now();
    await log.time("validation beside ANALYZE", () => validateAndAnalyse(main, second, schema, log));
    const analysed = performance.now();
    assertSameSchema(migrated, await schemaSnapshot(main));
    log.record("total", (analysed - started) / 1000);
    return {
      users: userCount,
      groups: load.groups,
      memberships: links.memberships,
      sessions: links.sessions,
      seconds: { copy: (copied - started) / 1000, indexes: (indexed - copied) / 1000, analyze: (analysed - indexed) / 1000, total: (analysed - started) / 1000 },
      phases: log.phases,
    };
  } catch (error) {
    await Promise.all([main.query("ROLLBACK").catch(() => undefined), second.query("ROLLBACK").catch(() => undefined)]);
    throw error;
  } finally {
    await Promise.all([main.end(), second.end()]);
  }
}
