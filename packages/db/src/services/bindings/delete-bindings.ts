import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { bindingEventRef } from "./binding-row.js";

/** Deletes bindings, one `model_deleted` each naming the application and the user or group. */
export async function deleteBindings(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const found = await sql<{ id: string }>(tx, "SELECT id FROM policy_bindings WHERE id = ANY(?::uuid[]) ORDER BY id FOR UPDATE", [textArrayLiteral(ids)]);
    for (const { id } of found) {
      const { ref, application, targetUserId } = await bindingEventRef(tx, id);
      await recordModelEvent(tx, actor, "model_deleted", ref, { application, targetUserId });
    }
    await sql(tx, "DELETE FROM policy_bindings WHERE id = ANY(?::uuid[])", [textArrayLiteral(found.map((row) => row.id))]);
    return found.length;
  });
}
