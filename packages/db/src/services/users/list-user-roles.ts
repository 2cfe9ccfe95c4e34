/**
 * users.roles. Assigned: given to the user directly. All: those and every role of every group
 * the user is in or that is an ancestor of such a group, each naming the groups it comes through
 * (as "child/parent" paths for roles held by an ancestor).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TUserRoles } from "@roster/core";
import { sql } from "../../sql.js";

type RoleSummary = TUserRoles["assigned"][number];

export async function listUserRoles(em: EntityManager, userId: string): Promise<TUserRoles> {
  const assigned = await sql<RoleSummary>(em, "SELECT r.id, r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.name", [userId]);
  const inherited = await sql<{ id: string; name: string; via: string[] }>(
    em,
    `WITH RECURSIVE chain AS (
       SELECT g.id AS group_id, g.name::text AS via, ARRAY[g.id] AS seen
         FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = ?
       UNION ALL
       SELECT p.id, c.via || '/' || p.name, c.seen || p.id
         FROM chain c JOIN group_parents gp ON gp.group_id = c.group_id JOIN groups p ON p.id = gp.parent_id
        WHERE NOT p.id = ANY(c.seen)
     )
     SELECT r.id, r.name, array_agg(DISTINCT c.via ORDER BY c.via) AS via
       FROM chain c JOIN group_roles gr ON gr.group_id = c.group_id JOIN roles r ON r.id = gr.role_id
      GROUP BY r.id, r.name`,
    [userId],
  );
  const byId = new Map<string, TUserRoles["all"][number]>();
  for (const role of assigned) byId.set(role.id, { role, inherited: false, via: [] });
  for (const row of inherited) {
    const existing = byId.get(row.id);
    if (existing) existing.via = row.via;
    else byId.set(row.id, { role: { id: row.id, name: row.name }, inherited: true, via: row.via });
  }
  return { assigned, all: [...byId.values()].sort((a, b) => a.role.name.localeCompare(b.role.name)) };
}
