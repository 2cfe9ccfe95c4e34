/**
 * Statements the API sent, counted by pg_stat_statements in the benchmark's database: how many
 * per request, which is how the load section shows that a request costs the one statement it
 * should. The embedded server preloads the extension; on another server it may be missing, and
 * then there is no count (null), not a failure.
 */
import type pg from "pg";
import { progress } from "./progress.js";

export interface StatementCounter {
  reset(): Promise<void>;
  /** Statements executed in this database since the last reset, the counter's own left out. */
  count(): Promise<number>;
}

export async function statementCounter(pool: pg.Pool): Promise<StatementCounter | null> {
  try {
    await pool.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await pool.query("SELECT pg_stat_statements_reset()");
  } catch (error) {
    progress(`pg_stat_statements is not available (${error instanceof Error ? error.message : String(error)}): no statement counts`);
    return null;
  }
  return {
    async reset() {
      await pool.query("SELECT pg_stat_statements_reset()");
    },
    async count() {
      const result = await pool.query<{ calls: string | null }>(
        `SELECT sum(calls) AS calls FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`,
      );
      return Number(result.rows[0]?.calls ?? 0);
    },
  };
}
