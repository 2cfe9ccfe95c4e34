/** A user's direct group memberships (changed through services/memberships/). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";

export interface UserGroupRow {
  id: string;
  name: string;
  isSuperuser: boolean;
  parents: { id: string; name: string }[];
}

export async function listUserGroups(em: EntityManager, userId: string): Promise<UserGroupRow[]> {
  return sql<UserGroupRow>(
    em,
    `SELECT g.id, g.name, g.is_superuser AS "isSuperuser",
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name) ORDER BY p.name)
                        FROM group_parents gp JOIN groups p ON p.id = gp.parent_id WHERE gp.group_id = g.id), '[]') AS parents
       FROM group_users gu JOIN groups g ON g.id = gu.group_id
      WHERE gu.user_id = ? ORDER BY g.name`,
    [userId],
  );
}
