/**
 * The "raw SQL" side of the comparison: the product's own service functions (`listUsers`, …) run
 * against a stand-in EntityManager whose `sql()` calls go straight to a `pg` pool. The statements,
 * their parameters and their order (list, then super-user flags and count side by side) are
 * exactly the API's, with no HTTP, tRPC, authentication, ORM or knex in between, so that
 * "API p50 − raw p50" is the API's own overhead. It can also record the statements, which is how
 * plans.ts gets the SQL to EXPLAIN.
 */
import type pg from "pg";
import type { EntityManager } from "@roster/db";

export interface RecordedStatement {
  text: string;
  params: unknown[];
}

/** knex-style `?` placeholders to PostgreSQL's `$n`, leaving quoted literals alone. */
export function toNativePlaceholders(text: string): string {
  let output = "";
  let number = 0;
  let quoted = false;
  for (const character of text) {
    if (character === "'") quoted = !quoted;
    output += character === "?" && !quoted ? `$${++number}` : character;
  }
  return output;
}

export function pgEntityManager(pool: pg.Pool, record?: RecordedStatement[]): EntityManager {
  const knex = {
    raw(text: string, params: unknown[] = []) {
      const native = toNativePlaceholders(text);
      record?.push({ text: native, params: [...params] });
      const result = pool.query(native, params);
      return { transacting: () => undefined, then: result.then.bind(result) };
    },
  };
  // Prepared statements (packages/db/src/prepared.ts) borrow a connection from knex's client: here, the pool.
  const client = {
    acquireConnection: () =>
      Promise.resolve({
        query(config: { name: string; text: string; values: unknown[] }) {
          record?.push({ text: config.text, params: [...config.values] });
          return pool.query(config);
        },
      }),
    releaseConnection: () => Promise.resolve(),
  };
  const stub = { getKnex: () => ({ ...knex, client }), getTransactionContext: () => undefined };
  return stub as unknown as EntityManager;
}
