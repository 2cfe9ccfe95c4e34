/**
 * A user's permissions in one statement: whether the user is a super-user (the one super-user
 * tree), the groups the user is in and all their ancestors, and every grant of every role the
 * user holds directly or through those groups. The same SQL serves the per-request caller
 * resolution (`resolveCaller`), which wraps it around the session or token that names the user.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { PermissionSet, type TPermissionGrant } from "@roster/core";
import { sql } from "../../sql.js";
import { superuserFlag, superuserGroupsCte } from "../authorization/superuser-tree.js";
import { groupAncestorsCte } from "../groups/group-tree.js";

export interface PermissionColumns {
  superuser: boolean | null;
  grants: TPermissionGrant[] | null;
}

/** The CTEs behind `permissionColumns`, for the user whose id the SQL expression `userId` gives. */
export function permissionCtes(userId: string): string {
  return `${groupAncestorsCte("user_groups", "ug", `SELECT group_id FROM group_users WHERE user_id = ${userId}`)}, ${superuserGroupsCte},
     user_role_ids AS (
       SELECT role_id FROM user_roles WHERE user_id = ${userId}
       UNION
       SELECT role_id FROM group_roles WHERE group_id IN (SELECT group_id FROM user_groups)
     )`;
}

/** The `superuser` and `grants` columns of a SELECT that follows `permissionCtes(userId)`. */
export function permissionColumns(userId: string): string {
  return `${superuserFlag(userId)} AS superuser,
       (SELECT coalesce(json_agg(json_build_object('codename', codename, 'objectType', object_type, 'objectId', object_id)), '[]'::json)
          FROM role_permissions WHERE role_id IN (SELECT role_id FROM user_role_ids)) AS grants`;
}

export function toPermissionSet(row: PermissionColumns | undefined): PermissionSet {
  return new PermissionSet(row?.superuser ?? false, row?.grants ?? []);
}

export async function loadPermissions(em: EntityManager, userId: string): Promise<PermissionSet> {
  const rows = await sql<PermissionColumns>(em, `WITH RECURSIVE ${permissionCtes("?::uuid")} SELECT ${permissionColumns("?::uuid")}`, [userId, userId, userId]);
  return toPermissionSet(rows[0]);
}
