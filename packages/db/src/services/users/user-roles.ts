/**
 * A user's roles. Assigned: given to the user directly. All: those and every role of every group
 * the user is in or that is an ancestor of such a group, each naming the groups it comes through
 * (as "child/parent" paths for roles held by an ancestor).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers, assertMayGrantRoles } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";

export interface RoleSummary {
  id: string;
  name: string;
}

export interface UserRoles {
  assigned: RoleSummary[];
  all: { role: RoleSummary; inherited: boolean; via: string[] }[];
}

export async function listUserRoles(em: EntityManager, userId: string): Promise<UserRoles> {
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
  const byId = new Map<string, UserRoles["all"][number]>();
  for (const role of assigned) byId.set(role.id, { role, inherited: false, via: [] });
  for (const row of inherited) {
    const existing = byId.get(row.id);
    if (existing) existing.via = row.via;
    else byId.set(row.id, { role: { id: row.id, name: row.name }, inherited: true, via: row.via });
  }
  return { assigned, all: [...byId.values()].sort((a, b) => a.role.name.localeCompare(b.role.name)) };
}

/** Gives roles to a user directly: only roles whose every permission the caller holds. */
export function assignRolesToUser(em: EntityManager, actor: Actor, userId: string, roleIds: readonly string[]): Promise<number> {
  return changeUserRoles(em, actor, userId, roleIds, "added");
}

export function unassignRolesFromUser(em: EntityManager, actor: Actor, userId: string, roleIds: readonly string[]): Promise<number> {
  return changeUserRoles(em, actor, userId, roleIds, "removed");
}

async function changeUserRoles(em: EntityManager, actor: Actor, userId: string, roleIds: readonly string[], kind: "added" | "removed"): Promise<number> {
  return em.transactional(async (tx) => {
    const users = await sql<{ username: string }>(tx, "SELECT username FROM users WHERE id = ? FOR UPDATE", [userId]);
    if (!users[0]) throw AppError.notFound("User");
    await assertMayActOnUsers(tx, actor, [userId]);
    const roles = await sql<{ id: string; name: string }>(tx, "SELECT id, name FROM roles WHERE id = ANY(?::uuid[])", [textArrayLiteral(roleIds)]);
    if (kind === "added") {
      if (roles.length !== new Set(roleIds).size) throw AppError.field("roleIds", "One or more of these roles do not exist.");
      await assertMayGrantRoles(tx, actor, roleIds);
    }
    const changed =
      kind === "added"
        ? await sql<{ role_id: string }>(tx, "INSERT INTO user_roles (user_id, role_id) SELECT ?, unnest(?::uuid[]) ON CONFLICT DO NOTHING RETURNING role_id", [userId, textArrayLiteral(roleIds)])
        : await sql<{ role_id: string }>(tx, "DELETE FROM user_roles WHERE user_id = ? AND role_id = ANY(?::uuid[]) RETURNING role_id", [userId, textArrayLiteral(roleIds)]);
    for (const row of changed) {
      const role = roles.find((candidate) => candidate.id === row.role_id);
      await recordModelEvent(tx, actor, "model_updated", { model: "role", pk: row.role_id, name: role?.name ?? "" }, { targetUserId: userId, users: { [kind]: [users[0].username] } });
    }
    return changed.length;
  });
}
