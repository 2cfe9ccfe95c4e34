/**
 * Raw SQL with real bind parameters (sent to PostgreSQL separately from the text), inside the
 * unit of work's transaction when it has one. Used for the hot paths and set-based statements
 * that the ORM would do row by row.
 */
import type { EntityManager, Knex } from "@mikro-orm/postgresql";

export async function sql<Row = Record<string, unknown>>(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  const raw = em.getKnex().raw(text, params as Knex.RawBinding[]);
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (transaction) void raw.transacting(transaction);
  const result = (await raw) as { rows: Row[] };
  return result.rows;
}

/** The number of rows a statement changed. */
export async function sqlCount(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<number> {
  const raw = em.getKnex().raw(text, params as Knex.RawBinding[]);
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (transaction) void raw.transacting(transaction);
  const result = (await raw) as { rowCount: number | null };
  return result.rowCount ?? 0;
}
