/** Parents, roles and names of groups: existence checks and replacement of the pivot rows. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, groupMessages, textArrayLiteral, type TNamedRef } from "@roster/core";
import { sql } from "../../sql.js";

/** The named rows of these ids, sorted by name; a field error when one does not exist. */
export async function namedRows(em: EntityManager, table: "groups" | "roles", ids: readonly string[], field: string): Promise<TNamedRef[]> {
  if (ids.length === 0) return [];
  const rows = await sql<TNamedRef>(em, `SELECT id, name FROM ${table} WHERE id = ANY(?::uuid[]) ORDER BY name`, [textArrayLiteral(ids)]);
  if (rows.length !== new Set(ids).size) throw AppError.field(field, table === "groups" ? groupMessages.parentsMissing : groupMessages.rolesMissing);
  return rows;
}

export async function replaceGroupParents(em: EntityManager, groupId: string, parentIds: readonly string[]): Promise<void> {
  await sql(em, "DELETE FROM group_parents WHERE group_id = ?", [groupId]);
  if (parentIds.length > 0) {
    await sql(em, "INSERT INTO group_parents (group_id, parent_id) SELECT ?, unnest(?::uuid[]) ON CONFLICT DO NOTHING", [groupId, textArrayLiteral(parentIds)]);
  }
}

export async function replaceGroupRoles(em: EntityManager, groupId: string, roleIds: readonly string[]): Promise<void> {
  await sql(em, "DELETE FROM group_roles WHERE group_id = ?", [groupId]);
  if (roleIds.length > 0) {
    await sql(em, "INSERT INTO group_roles (group_id, role_id) SELECT ?, unnest(?::uuid[]) ON CONFLICT DO NOTHING", [groupId, textArrayLiteral(roleIds)]);
  }
}

export async function currentRelations(em: EntityManager, groupId: string): Promise<{ parents: string[]; roles: string[] }> {
  const rows = await sql<{ parents: string[]; roles: string[] }>(
    em,
    `SELECT coalesce((SELECT array_agg(p.name ORDER BY p.name) FROM group_parents gp JOIN groups p ON p.id = gp.parent_id WHERE gp.group_id = ?), '{}') AS parents,
            coalesce((SELECT array_agg(r.name ORDER BY r.name) FROM group_roles gr JOIN roles r ON r.id = gr.role_id WHERE gr.group_id = ?), '{}') AS roles`,
    [groupId, groupId],
  );
  return rows[0] ?? { parents: [], roles: [] };
}

export async function assertUniqueGroupName(em: EntityManager, name: string, exceptId: string | null): Promise<void> {
  const taken = await sql(em, "SELECT 1 FROM groups WHERE name = ? AND id IS DISTINCT FROM ?::uuid", [name, exceptId]);
  if (taken.length > 0) throw groupNameTaken();
}

export function groupNameTaken(): AppError {
  return new AppError("CONFLICT", groupMessages.nameTaken, { fieldErrors: { name: [groupMessages.nameTaken] } });
}

/** The unique constraint still guards concurrent writes; its violation reads like the check. */
export function groupUniqueViolation(error: unknown): unknown {
  return (error as { constraint?: string } | null)?.constraint === "groups_name_key" ? groupNameTaken() : error;
}
