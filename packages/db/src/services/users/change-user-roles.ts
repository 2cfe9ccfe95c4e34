/**
 * The one writer of user↔role assignments (users.assignRoles, users.unassignRoles): rule 1 of
 * SPEC §9 on the user, rule 3 on the roles given, one event per role changed.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers, assertMayGrantRoles } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";

export async function changeUserRoles(em: EntityManager, actor: Actor, userId: string, roleIds: readonly string[], kind: "added" | "removed"): Promise<number> {
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
