/**
 * The rebuild half of the seed: the dropped indexes, two builds at a time (one per core, longest
 * first, each with one parallel worker: see seed.ts), then the key constraints on their
 * indexes, then the foreign keys — added NOT VALID and validated by one connection while the
 * other runs ANALYZE: VALIDATE locks the referenced table only in ROW SHARE mode, which ANALYZE
 * does not wait for.
 */
import type pg from "pg";
import type { PhaseLog } from "./seed-phases.js";
import { bulkTables, type BulkSchema, type IndexDefinition } from "./seed-schema.js";

export interface Builder {
  client: pg.Client;
  /** The builder starts once this settles (its connection may still be loading rows). */
  ready?: Promise<unknown>;
}

export interface BuildTask {
  index: IndexDefinition;
  /** The build waits for this (its table's rows). */
  ready?: Promise<unknown>;
}

export async function buildIndexes(builders: readonly Builder[], tasks: readonly BuildTask[], log: PhaseLog): Promise<void> {
  const queue = [...tasks];
  await Promise.all(
    builders.map(async (builder) => {
      await builder.ready;
      for (let task = queue.shift(); task; task = queue.shift()) {
        await task.ready;
        const { index } = task;
        await log.time(`index ${index.name}`, () => builder.client.query(index.definition));
      }
    }),
  );
}

/** Keys on their rebuilt indexes, and every foreign key NOT VALID (instant: nothing is read). */
export async function restoreConstraints(client: pg.Client, schema: BulkSchema): Promise<void> {
  for (const key of schema.keys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.kind} USING INDEX ${key.name}`);
  for (const key of schema.foreignKeys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.definition} NOT VALID`);
}

/**
 * The memberships' foreign keys (the only big ones) and their ANALYZE on one connection; ANALYZE
 * of users and the small tables, and the other foreign keys, on the other.
 */
export async function validateAndAnalyse(first: pg.Client, second: pg.Client, schema: BulkSchema, log: PhaseLog): Promise<void> {
  const validate = async (client: pg.Client, table: string) => {
    for (const key of schema.foreignKeys.filter((key) => key.table === table)) await client.query(`ALTER TABLE ${key.table} VALIDATE CONSTRAINT ${key.name}`);
  };
  const otherTables = [...new Set(schema.foreignKeys.map((key) => key.table))].filter((table) => table !== "group_users");
  await Promise.all([
    (async () => {
      await log.time("validate group_users foreign keys", () => validate(first, "group_users"));
      await log.time("analyze group_users", () => first.query("ANALYZE group_users"));
    })(),
    (async () => {
      await log.time("analyze users", () => second.query("ANALYZE users"));
      await log.time("validate the other foreign keys", async () => {
        for (const table of otherTables) await validate(second, table);
      });
      const small = [...bulkTables.filter((table) => table !== "users" && table !== "group_users"), "groups", "group_parents"];
      await log.time(`analyze ${small.join(", ")}`, () => second.query(`ANALYZE ${small.join(", ")}`));
    })(),
  ]);
}
