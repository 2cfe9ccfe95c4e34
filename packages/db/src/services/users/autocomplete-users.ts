/**
 * Autocomplete for the Users query field. The pure part lives in @roster/core; this gathers what
 * it suggests from the data: attribute keys (from a bounded sample of recently changed users),
 * paths, group and role names.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { autocomplete, type AutocompleteResult } from "@roster/core";
import { sql } from "../../sql.js";
import { listPaths } from "./list-paths.js";

const sampleSize = 2000;

export async function autocompleteUsers(em: EntityManager, text: string, cursor: number): Promise<AutocompleteResult> {
  const [keys, paths, groups, roles] = await Promise.all([
    sql<{ key: string }>(em, `SELECT DISTINCT jsonb_object_keys(attributes) AS key FROM (SELECT attributes FROM users ORDER BY last_updated DESC LIMIT ${sampleSize}) s ORDER BY 1 LIMIT 200`),
    listPaths(em),
    sql<{ name: string }>(em, "SELECT name FROM groups ORDER BY name LIMIT 500"),
    sql<{ name: string }>(em, "SELECT name FROM roles ORDER BY name LIMIT 500"),
  ]);
  return autocomplete(text, cursor, {
    attributeKeys: keys.map((row) => row.key),
    paths: paths.slice(0, 500),
    groups: groups.map((row) => row.name),
    roles: roles.map((row) => row.name),
  });
}
