/** Deletes applications with their bindings, consents and refresh tokens (by cascade) and the grants on them. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";

export async function deleteApplications(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const deleted = await sql<{ id: string; name: string; slug: string }>(tx, "DELETE FROM applications WHERE id = ANY(?::uuid[]) RETURNING id, name, slug", [textArrayLiteral(ids)]);
    if (deleted.length === 0) return 0;
    await sql(tx, "DELETE FROM role_permissions WHERE object_type = 'application' AND object_id = ANY(?::uuid[])", [textArrayLiteral(deleted.map((row) => row.id))]);
    for (const row of deleted) await recordModelEvent(tx, actor, "model_deleted", { model: "application", pk: row.id, name: row.name }, { slug: row.slug });
    return deleted.length;
  });
}
