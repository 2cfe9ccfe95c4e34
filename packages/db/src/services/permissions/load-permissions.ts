/**
 * Loads a user's permissions in one statement: whether the user is a super-user (the one
 * super-user tree), the groups the user is in and all their ancestors, and every grant of every role the user
 * holds directly or through those groups.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { PermissionSet, type TPermissionGrant } from "@roster/core";
import { sql } from "../../sql.js";
import { superuserGroupsCte } from "../authorization/superuser-tree.js";
import { groupAncestorsCte } from "../groups/group-tree.js";

const userGroupsCte = groupAncestorsCte("user_groups", "ug", "SELECT group_id FROM group_users WHERE user_id = ?");

export async function loadPermissions(em: EntityManager, userId: string): Promise<PermissionSet> {
  const rows = await sql<{ superuser: boolean | null; grants: TPermissionGrant[] }>(em, 
    `WITH RECURSIVE ${userGroupsCte}, ${superuserGroupsCte},
     user_role_ids AS (
       SELECT role_id FROM user_roles WHERE user_id = ?
       UNION
       SELECT role_id FROM group_roles WHERE group_id IN (SELECT group_id FROM user_groups)
     )
     SELECT
       EXISTS (SELECT 1 FROM group_users gu WHERE gu.user_id = ? AND gu.group_id IN (SELECT id FROM superuser_groups)) AS superuser,
       (SELECT coalesce(json_agg(json_build_object('codename', codename, 'objectType', object_type, 'objectId', object_id)), '[]'::json)
          FROM role_permissions WHERE role_id IN (SELECT role_id FROM user_role_ids)) AS grants`,
    [userId, userId, userId],
  );
  const row = rows[0];
  return new PermissionSet(row?.superuser ?? false, row?.grants ?? []);
}
