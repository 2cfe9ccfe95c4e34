/**
 * Autocomplete for the Users query field. The pure part lives in @roster/core; this gathers what
 * it suggests from the data: attribute keys, and the values of the attribute being typed (both
 * from a bounded sample of recently changed users), paths, group and role names.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { attributeKeyAt, autocomplete, type AttributeValue, type AutocompleteResult } from "@roster/core";
import { sql } from "../../sql.js";
import { listPaths } from "./list-paths.js";

const sampleSize = 2000;
const sample = `SELECT attributes FROM users ORDER BY last_updated DESC LIMIT ${sampleSize}`;

export async function autocompleteUsers(em: EntityManager, text: string, cursor: number): Promise<AutocompleteResult> {
  const keyPath = attributeKeyAt(text, cursor);
  const [keys, values, paths, groups, roles] = await Promise.all([
    sql<{ key: string }>(em, `SELECT DISTINCT jsonb_object_keys(attributes) AS key FROM (${sample}) s ORDER BY 1 LIMIT 200`),
    keyPath === null ? Promise.resolve([]) : attributeValues(em, keyPath),
    listPaths(em),
    sql<{ name: string }>(em, "SELECT name FROM groups ORDER BY name LIMIT 500"),
    sql<{ name: string }>(em, "SELECT name FROM roles ORDER BY name LIMIT 500"),
  ]);
  return autocomplete(text, cursor, {
    attributeKeys: keys.map((row) => row.key),
    paths: paths.slice(0, 500),
    groups: groups.map((row) => row.name),
    roles: roles.map((row) => row.name),
    attributeValues: values,
  });
}

/** The scalar values one attribute takes in the sample, at most 50. */
async function attributeValues(em: EntityManager, keyPath: string[]): Promise<AttributeValue[]> {
  const rows = await sql<{ value: AttributeValue }>(
    em,
    `SELECT DISTINCT attributes #> ?::text[] AS value FROM (${sample}) s
     WHERE jsonb_typeof(attributes #> ?::text[]) IN ('string', 'number', 'boolean') LIMIT 50`,
    [keyPath, keyPath],
  );
  return rows.map((row) => row.value);
}
