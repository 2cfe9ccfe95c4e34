/**
 * Loads a user's permissions in one statement: the groups the user is in and all their
 * ancestors, whether any of them is a super-user group, and every grant of every role the user
 * holds directly or through those groups.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { PermissionSet, type TPermissionGrant } from "@roster/core";
import { sql } from "../../sql.js";

export const userGroupsCte = `
  user_groups AS (
    SELECT group_id FROM group_users WHERE user_id = ?
    UNION
    SELECT gp.parent_id FROM group_parents gp JOIN user_groups ug ON gp.group_id = ug.group_id
  )`;

export async function loadPermissions(em: EntityManager, userId: string): Promise<PermissionSet> {
  const rows = await sql<{ superuser: boolean | null; grants: TPermissionGrant[] }>(em, 
    `WITH RECURSIVE ${userGroupsCte},
     user_role_ids AS (
       SELECT role_id FROM user_roles WHERE user_id = ?
       UNION
       SELECT role_id FROM group_roles WHERE group_id IN (SELECT group_id FROM user_groups)
     )
     SELECT
       (SELECT bool_or(is_superuser) FROM groups WHERE id IN (SELECT group_id FROM user_groups)) AS superuser,
       (SELECT coalesce(json_agg(json_build_object('codename', codename, 'objectType', object_type, 'objectId', object_id)), '[]'::json)
          FROM role_permissions WHERE role_id IN (SELECT role_id FROM user_role_ids)) AS grants`,
    [userId, userId],
  );
  const row = rows[0];
  return new PermissionSet(row?.superuser ?? false, row?.grants ?? []);
}
