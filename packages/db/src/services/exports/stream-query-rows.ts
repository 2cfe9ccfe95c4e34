/**
 * Reads one statement's rows in batches through a database cursor, so that an export of a
 * million users holds at most two batches in memory. The cursor gets a connection of its own
 * (not one of the pool's): it stays busy for the whole export, and whatever happens to it, it is
 * closed rather than handed back half-read. Rows come as arrays of column values.
 */
import type { EntityManager, Knex } from "@mikro-orm/postgresql";
import pg from "pg";
import Cursor from "pg-cursor";
import type { SqlFragment } from "../../sql-fragment.js";

export async function* streamQueryRows(em: EntityManager, query: SqlFragment, batchSize: number): AsyncGenerator<unknown[][]> {
  const knex = em.getKnex();
  // The same placeholder handling as `sql()`, turned into PostgreSQL's $n form for the cursor.
  const native = knex.raw(query.sql, query.params as Knex.RawBinding[]).toSQL().toNative();
  const client = new pg.Client((knex.client as { connectionSettings: pg.ClientConfig }).connectionSettings);
  await client.connect();
  try {
    const cursor = client.query(new Cursor<unknown[]>(native.sql, [...native.bindings], { rowMode: "array" }));
    // The next batch is asked for before this one is handed out, so that the database produces
    // rows while the caller encodes the previous ones.
    let next = cursor.read(batchSize);
    for (;;) {
      const rows = await next;
      if (rows.length === 0) return;
      next = cursor.read(batchSize);
      next.catch(() => undefined);
      yield rows;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
