/**
 * What the bulk load takes off the big tables and puts back: their indexes, key constraints and
 * every foreign key to or from them, read from the migrated database itself (pg_indexes,
 * pg_get_constraintdef) so that the seed never carries a copy of the schema. `schemaSnapshot`
 * is the proof: the load must end with the very indexes and constraints it started with.
 */
import type pg from "pg";

export const bulkTables = ["users", "group_users", "sessions"];

export interface IndexDefinition {
  name: string;
  table: string;
  definition: string;
}

export interface KeyConstraint {
  table: string;
  name: string;
  kind: "PRIMARY KEY" | "UNIQUE";
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

export interface BulkSchema {
  /** Longest builds first: trigram and jsonb GIN indexes, then the users btrees, then the rest. */
  indexes: IndexDefinition[];
  keys: KeyConstraint[];
  foreignKeys: ForeignKey[];
}

export async function bulkSchema(client: pg.Client, tables: readonly string[] = bulkTables): Promise<BulkSchema> {
  const indexes = await client.query<IndexDefinition>(
    `SELECT indexname AS name, tablename AS table, indexdef AS definition FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = ANY($1::text[])
      ORDER BY (indexdef LIKE '%USING gin%') DESC, tablename = 'users' DESC, length(indexdef) DESC, indexname`,
    [tables],
  );
  const keys = await client.query<KeyConstraint>(
    `SELECT conrelid::regclass::text AS table, conname AS name, CASE contype WHEN 'p' THEN 'PRIMARY KEY' ELSE 'UNIQUE' END AS kind
       FROM pg_constraint WHERE contype IN ('p', 'u') AND conrelid = ANY($1::regclass[]) ORDER BY conname`,
    [tables],
  );
  const foreignKeys = await client.query<ForeignKey>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[])) ORDER BY conrelid::regclass::text, conname`,
    [tables],
  );
  return { indexes: indexes.rows, keys: keys.rows, foreignKeys: foreignKeys.rows };
}

export async function dropBulkSchema(client: pg.Client, schema: BulkSchema): Promise<void> {
  for (const key of schema.foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  for (const key of schema.keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  for (const index of schema.indexes.filter((index) => !schema.keys.some((key) => key.name === index.name))) await client.query(`DROP INDEX ${index.name}`);
}

/** Every index and constraint of the schema, with its validity, as comparable lines. */
export async function schemaSnapshot(client: pg.Client): Promise<string[]> {
  const result = await client.query<{ line: string }>(
    `SELECT format('index %s on %s: %s (valid %s)', i.indexname, i.tablename, i.indexdef, x.indisvalid AND x.indisready) AS line
       FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = i.schemaname::regnamespace JOIN pg_index x ON x.indexrelid = c.oid
      WHERE i.schemaname = current_schema()
     UNION ALL
     SELECT format('constraint %s on %s: %s (validated %s)', conname, conrelid::regclass, pg_get_constraintdef(oid), convalidated)
       FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
     ORDER BY 1`,
  );
  return result.rows.map((row) => row.line);
}

/** Throws when the schema after the load differs from the one before it. */
export function assertSameSchema(before: readonly string[], after: readonly string[]): void {
  const missing = before.filter((line) => !after.includes(line));
  const extra = after.filter((line) => !before.includes(line));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`The seeded schema differs from the migrated one.\n  missing: ${missing.join("\n           ") || "—"}\n  extra:   ${extra.join("\n           ") || "—"}`);
  }
}
