/**
 * Opening the database: one MikroORM instance per process. Requests and jobs work on forks of its
 * EntityManager (`database.fork()`), never on the global one.
 */
import { MikroORM, type EntityManager, type Options } from "@mikro-orm/postgresql";
import { entities } from "./entities/index.js";

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
  /**
   * The migrator, for `migrateDatabase` only: the API and the worker never migrate, and loading
   * it (umzug and the command-line packages it brings) would cost each of them memory.
   */
  migrator?: Pick<Options, "extensions" | "migrations">;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const orm = await MikroORM.init({
    clientUrl: options.url,
    entities,
    ...options.migrator,
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
