/**
 * Deletes groups. Memberships, parent links and role assignments go with them (foreign keys
 * cascade), and so do the grants made on them; their children stay, without that parent.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, groupMessages, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { reachesSuperuser } from "../authorization/index.js";
import { lockGroupHierarchy } from "./group-hierarchy.js";

export async function deleteGroups(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    await lockGroupHierarchy(tx);
    const groups = await sql<{ id: string; name: string }>(tx, "SELECT id, name FROM groups WHERE id = ANY(?::uuid[]) FOR UPDATE", [textArrayLiteral(ids)]);
    const found = textArrayLiteral(groups.map((group) => group.id));
    if (!actor.permissions.isSuperuser && (await reachesSuperuser(tx, groups.map((group) => group.id)))) throw AppError.forbidden(groupMessages.superuserDelete);
    await sql(tx, "DELETE FROM role_permissions WHERE object_type = 'group' AND object_id = ANY(?::uuid[])", [found]);
    await sql(tx, "DELETE FROM groups WHERE id = ANY(?::uuid[])", [found]);
    for (const group of groups) await recordModelEvent(tx, actor, "model_deleted", { model: "group", pk: group.id, name: group.name });
    return groups.length;
  });
}
