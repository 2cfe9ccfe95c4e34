/**
 * Opening the database: one MikroORM instance per process. Requests and jobs work on forks of its
 * EntityManager (`database.fork()`), never on the global one.
 */
import { MikroORM, type EntityManager } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import { entities } from "./entities/index.js";
import { migrationsList } from "./migrations/index.js";

export interface Database {
  orm: MikroORM;
  /** A fresh unit of work (identity map) for one request or one job. */
  fork(): EntityManager;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  url: string;
  poolMax?: number;
  /**
   * Cancels any statement of this pool's connections that runs longer (PostgreSQL's
   * `statement_timeout`), so that one runaway query cannot hold a connection and a request
   * forever. None by default: the worker's jobs and migrations may legitimately run long.
   */
  statementTimeoutMs?: number;
  debug?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const orm = await MikroORM.init({
    clientUrl: options.url,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: options.poolMax ?? 10 },
    // Passed to each pg client, which sends it as a startup parameter of the session: no extra
    // round trip per connection, and it holds for every statement on it.
    driverOptions: { connection: { statement_timeout: options.statementTimeoutMs } },
    debug: options.debug ?? false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: false },
  });
  return {
    orm,
    fork: () => orm.em.fork(),
    close: () => orm.close(true),
  };
}
