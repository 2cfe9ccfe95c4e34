/**
 * Deletes roles. Their grants and assignments go with them (foreign keys cascade), and so do the
 * grants other roles hold on them.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";

export async function deleteRoles(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const roles = await sql<{ id: string; name: string }>(tx, "DELETE FROM roles WHERE id = ANY(?::uuid[]) RETURNING id, name", [textArrayLiteral(ids)]);
    const deleted = textArrayLiteral(roles.map((role) => role.id));
    await sql(tx, "DELETE FROM role_permissions WHERE object_type = 'role' AND object_id = ANY(?::uuid[])", [deleted]);
    for (const role of roles) await recordModelEvent(tx, actor, "model_deleted", { model: "role", pk: role.id, name: role.name });
    return roles.length;
  });
}
