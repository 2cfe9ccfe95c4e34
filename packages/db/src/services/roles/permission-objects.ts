/**
 * The objects a permission can be granted on: where each type lives and what names it. A type
 * whose table this database does not have yet (applications before their migration) has no
 * objects.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type TPermissionObjectType } from "@roster/core";
import { sql } from "../../sql.js";

const objectTables: Record<TPermissionObjectType, { table: string; name: string }> = {
  user: { table: "users", name: "o.username" },
  group: { table: "groups", name: "o.name" },
  role: { table: "roles", name: "o.name" },
  application: { table: "applications", name: "o.name" },
  brand: { table: "brands", name: "o.domain" },
  flow: { table: "flows", name: "o.slug" },
  dataexport: { table: "data_exports", name: "o.model || ' export of ' || o.requested_at::date::text" },
};

function isObjectType(type: string): type is TPermissionObjectType {
  return Object.hasOwn(objectTables, type);
}

async function presentTypes(em: EntityManager, types: readonly TPermissionObjectType[]): Promise<TPermissionObjectType[]> {
  if (types.length === 0) return [];
  const rows = await sql<{ name: string }>(em, "SELECT t AS name FROM unnest(?::text[]) t WHERE to_regclass(t) IS NOT NULL", [textArrayLiteral(types.map((type) => objectTables[type].table))]);
  const tables = new Set(rows.map((row) => row.name));
  return types.filter((type) => tables.has(objectTables[type].table));
}

export async function permissionObjectExists(em: EntityManager, type: TPermissionObjectType, id: string): Promise<boolean> {
  if ((await presentTypes(em, [type])).length === 0) return false;
  const rows = await sql(em, `SELECT 1 FROM ${objectTables[type].table} o WHERE o.id = ?`, [id]);
  return rows.length > 0;
}

/** Names of the given objects, keyed `type:id`: one statement per object type, not per object. */
export async function permissionObjectNames(em: EntityManager, objects: readonly { type: string; id: string }[]): Promise<Map<string, string>> {
  const idsByType = new Map<TPermissionObjectType, Set<string>>();
  for (const object of objects) {
    if (!isObjectType(object.type)) continue;
    const ids = idsByType.get(object.type) ?? new Set<string>();
    ids.add(object.id);
    idsByType.set(object.type, ids);
  }
  const names = new Map<string, string>();
  for (const type of await presentTypes(em, [...idsByType.keys()])) {
    const { table, name } = objectTables[type];
    const rows = await sql<{ id: string; name: string }>(em, `SELECT o.id, ${name} AS name FROM ${table} o WHERE o.id = ANY(?::uuid[])`, [textArrayLiteral([...(idsByType.get(type) ?? [])])]);
    for (const row of rows) names.set(`${type}:${row.id}`, row.name);
  }
  return names;
}
