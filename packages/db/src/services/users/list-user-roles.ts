/**
 * users.roles. Assigned: given to the user directly. All: those and every role of every group
 * the user is in or that is an ancestor of such a group, each naming where it comes from: the
 * group that holds it and the groups it is inherited through.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TRoleSource, TUserRoles } from "@roster/core";
import { sql } from "../../sql.js";
import { groupAncestorPathsCte } from "../groups/group-tree.js";

type RoleSummary = TUserRoles["assigned"][number];
type GroupSummary = TRoleSource["group"];

export async function listUserRoles(em: EntityManager, userId: string): Promise<TUserRoles> {
  const assigned = await sql<RoleSummary>(em, "SELECT r.id, r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.name", [userId]);
  // Each chain row is a path of groups: the user's own group first, the group holding the role last.
  const inherited = await sql<{ id: string; name: string; paths: GroupSummary[][] }>(
    em,
    `WITH RECURSIVE ${groupAncestorPathsCte("chain", "SELECT g.id, g.name FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = ?")}
     SELECT r.id, r.name, jsonb_agg(DISTINCT c.path) AS paths
       FROM chain c JOIN group_roles gr ON gr.group_id = c.group_id JOIN roles r ON r.id = gr.role_id
      GROUP BY r.id, r.name`,
    [userId],
  );
  const byId = new Map<string, TUserRoles["all"][number]>();
  for (const role of assigned) byId.set(role.id, { role, inherited: false, via: [], sources: [] });
  for (const row of inherited) {
    const sources = row.paths.map(toSource).sort((a, b) => viaPath(a).localeCompare(viaPath(b)));
    const via = sources.map(viaPath);
    const existing = byId.get(row.id);
    if (existing) Object.assign(existing, { via, sources });
    else byId.set(row.id, { role: { id: row.id, name: row.name }, inherited: true, via, sources });
  }
  return { assigned, all: [...byId.values()].sort((a, b) => a.role.name.localeCompare(b.role.name)) };
}

function toSource(path: GroupSummary[]): TRoleSource {
  const group = path.at(-1);
  if (!group) throw new Error("A role's group path is never empty.");
  return { group, through: path.slice(0, -1) };
}

/** The groups from the user's own to the one holding the role, as `child/parent` names. */
function viaPath(source: TRoleSource): string {
  return [...source.through, source.group].map((group) => group.name).join("/");
}
