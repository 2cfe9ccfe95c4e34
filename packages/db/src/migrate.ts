/** Brings a database up to date: Roster's migrations, then graphile-worker's own schema. */
import { Migrator } from "@mikro-orm/migrations";
import { Logger, runMigrations } from "graphile-worker";
import { migrationsList } from "./migrations/index.js";
import { openDatabase } from "./orm.js";

const quietLogger = new Logger(() => () => undefined);

/** `to`: stop after that migration (tests of a later migration on an older schema). */
export async function migrateDatabase(url: string, options: { to?: string } = {}): Promise<void> {
  const database = await openDatabase({
    url,
    poolMax: 2,
    migrator: { extensions: [Migrator], migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true } },
  });
  try {
    await database.orm.getMigrator().up(options.to ? { to: options.to } : undefined);
  } finally {
    await database.close();
  }
  await runMigrations({ connectionString: url, logger: quietLogger });
}
