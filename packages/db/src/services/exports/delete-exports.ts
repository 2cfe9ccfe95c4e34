/**
 * `exports.delete`: the caller's own exports, or any with `delete_dataexport` (`deletesAll`).
 * Ids the caller may not delete are skipped as if they did not exist. Chunks go with the row
 * (ON DELETE CASCADE); a worker still writing the file stops at its next chunk.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";

export async function deleteExports(em: EntityManager, actor: Actor, ids: readonly string[], deletesAll: boolean): Promise<number> {
  return em.transactional(async (tx) => {
    const deleted = await sql<{ id: string }>(tx, "DELETE FROM data_exports WHERE id = ANY(?::uuid[]) AND (? OR requested_by_id = ?) RETURNING id", [
      textArrayLiteral(ids),
      deletesAll,
      actor.userId,
    ]);
    for (const row of deleted) await recordModelEvent(tx, actor, "model_deleted", { model: "dataexport", pk: row.id, name: "user export" });
    return deleted.length;
  });
}
