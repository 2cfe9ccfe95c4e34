/** `invitations.delete`: its links stop working at once (their keys go with it). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";

export async function deleteInvitations(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await sql<{ id: string; name: string }>(tx, "DELETE FROM invitations WHERE id = ANY(?::uuid[]) RETURNING id, name", [textArrayLiteral(ids)]);
    for (const row of rows) await recordModelEvent(tx, actor, "model_deleted", { model: "invitation", pk: row.id, name: row.name });
    return rows.length;
  });
}
