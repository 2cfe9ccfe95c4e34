/** What roles.permissions, roles.assignPermission and roles.unassignPermission share: a grant's row, its match, its description. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, describePermission, type TCheckedGrant, type TRolePermission } from "@roster/core";
import { sql } from "../../sql.js";
import { permissionObjectNames } from "./permission-objects.js";

export interface GrantRow {
  id: string;
  codename: string;
  object_type: string | null;
  object_id: string | null;
}

export const matchesGrant = "role_id = ? AND codename = ? AND object_type IS NOT DISTINCT FROM ?::text AND object_id IS NOT DISTINCT FROM ?::uuid";

export function grantParams(roleId: string, grant: TCheckedGrant): unknown[] {
  return [roleId, grant.codename, grant.object?.type ?? null, grant.object?.id ?? null];
}

export async function toRolePermissions(em: EntityManager, rows: readonly GrantRow[]): Promise<TRolePermission[]> {
  const names = await permissionObjectNames(
    em,
    rows.flatMap((row) => (row.object_type && row.object_id ? [{ type: row.object_type, id: row.object_id }] : [])),
  );
  return rows.map((row) => ({
    id: row.id,
    codename: row.codename,
    description: describePermission(row.codename),
    objectType: row.object_type,
    objectId: row.object_id,
    objectName: row.object_type && row.object_id ? (names.get(`${row.object_type}:${row.object_id}`) ?? null) : null,
  }));
}

export async function roleName(em: EntityManager, roleId: string, lock: boolean): Promise<string> {
  const rows = await sql<{ name: string }>(em, `SELECT name FROM roles WHERE id = ?${lock ? " FOR UPDATE" : ""}`, [roleId]);
  if (!rows[0]) throw AppError.notFound("Role");
  return rows[0].name;
}

export function describeGrant(grant: TCheckedGrant): { codename: string; objectType: string | null; objectId: string | null } {
  return { codename: grant.codename, objectType: grant.object?.type ?? null, objectId: grant.object?.id ?? null };
}
