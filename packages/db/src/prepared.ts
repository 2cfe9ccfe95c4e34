/**
 * Named (prepared) statements for the hot paths: PostgreSQL parses such a statement once per
 * connection and keeps its plan, and the statement skips the query builder's rewriting of `?`
 * bindings. Only for fixed SQL text — a statement built per call would fill every connection
 * with prepared statements — written with `$1`, `$2`… placeholders.
 *
 * The connection is the unit of work's transaction's when it has one, otherwise one borrowed
 * from the same pool as every other statement.
 */
import type { EntityManager, Knex } from "@mikro-orm/postgresql";

export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

interface PgConnection {
  query(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
}

/** What knex's client offers for borrowing a connection (a transaction's client hands out its own). */
interface ConnectionSource {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

const names = new Set<string>();

/** Declares a statement once, at module load; two statements with one name would be a bug. */
export function prepared(name: string, text: string): PreparedStatement {
  if (names.has(name)) throw new Error(`Prepared statement "${name}" is declared twice.`);
  names.add(name);
  return { name, text };
}

export async function queryPrepared<Row>(em: EntityManager, statement: PreparedStatement, values: readonly unknown[]): Promise<Row[]> {
  const source = (em.getTransactionContext<Knex.Transaction>() ?? em.getKnex()).client as unknown as ConnectionSource;
  const connection = await source.acquireConnection();
  try {
    const result = await connection.query({ name: statement.name, text: statement.text, values });
    return result.rows as Row[];
  } finally {
    await source.releaseConnection(connection);
  }
}
