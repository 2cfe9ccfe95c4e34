/** roles.permissions: the role's grants, each with the name of the object it is granted on. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TRolePermission } from "@roster/core";
import { sql } from "../../sql.js";
import { roleName, toRolePermissions, type GrantRow } from "./role-grants.js";

export async function listRolePermissions(em: EntityManager, roleId: string): Promise<TRolePermission[]> {
  await roleName(em, roleId, false);
  const rows = await sql<GrantRow>(em, "SELECT id, codename, object_type, object_id FROM role_permissions WHERE role_id = ? ORDER BY codename, object_type NULLS FIRST, object_id", [roleId]);
  return toRolePermissions(em, rows);
}
