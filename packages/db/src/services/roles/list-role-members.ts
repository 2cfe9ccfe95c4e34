/** The users and groups a role is assigned to directly. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TRoleMembers } from "@roster/core";
import { sql } from "../../sql.js";

export async function listRoleMembers(em: EntityManager, roleId: string): Promise<TRoleMembers> {
  const rows = await sql<TRoleMembers>(
    em,
    `SELECT coalesce((SELECT json_agg(json_build_object('id', u.id, 'username', u.username) ORDER BY u.username)
                        FROM user_roles ur JOIN users u ON u.id = ur.user_id WHERE ur.role_id = r.id), '[]'::json) AS users,
            coalesce((SELECT json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name)
                        FROM group_roles gr JOIN groups g ON g.id = gr.group_id WHERE gr.role_id = r.id), '[]'::json) AS groups
       FROM roles r WHERE r.id = ?`,
    [roleId],
  );
  if (!rows[0]) throw AppError.notFound("Role");
  return rows[0];
}
