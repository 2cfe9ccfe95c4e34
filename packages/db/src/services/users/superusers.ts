/** Which of the given users are super-users (in a super-user group or one of its descendants). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral } from "@roster/core";
import { sql } from "../../sql.js";

export async function superuserIds(em: EntityManager, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await sql<{ user_id: string }>(
    em,
    `WITH RECURSIVE memberships AS (
       SELECT user_id, group_id FROM group_users WHERE user_id = ANY(?::uuid[])
       UNION
       SELECT m.user_id, gp.parent_id FROM memberships m JOIN group_parents gp ON gp.group_id = m.group_id
     )
     SELECT DISTINCT m.user_id FROM memberships m JOIN groups g ON g.id = m.group_id WHERE g.is_superuser`,
    [textArrayLiteral(userIds)],
  );
  return new Set(rows.map((row) => row.user_id));
}
