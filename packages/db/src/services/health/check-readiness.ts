/**
 * Readiness (`/-/health/ready`): PostgreSQL answers, and every committed migration has been
 * applied. Once the migrations are seen current they stay so for this process (nothing un-applies
 * them), and the check is then one `SELECT 1`.
 */
import type { Database } from "../../orm.js";
import { migrationFiles } from "../../migrations/files.js";
import { sql } from "../../sql.js";

export interface Readiness {
  ready: boolean;
  database: "ok" | "unavailable";
  migrations: "current" | "pending" | "unknown";
}

export function readinessCheck(database: Database, timeoutMs = 2_000): () => Promise<Readiness> {
  let migrationsCurrent = false;
  const expected = migrationFiles.map((migration) => migration.name);
  const check = async (): Promise<Readiness> => {
    const em = database.fork();
    if (!migrationsCurrent) {
      const applied = new Set((await sql<{ name: string }>(em, "SELECT name FROM mikro_orm_migrations")).map((row) => row.name));
      migrationsCurrent = expected.every((name) => applied.has(name));
    } else {
      await sql(em, "SELECT 1");
    }
    return migrationsCurrent ? { ready: true, database: "ok", migrations: "current" } : { ready: false, database: "ok", migrations: "pending" };
  };
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
    });
    try {
      return await Promise.race([check(), timeout]);
    } catch {
      return { ready: false, database: "unavailable", migrations: migrationsCurrent ? "current" : "unknown" };
    } finally {
      clearTimeout(timer);
    }
  };
}
