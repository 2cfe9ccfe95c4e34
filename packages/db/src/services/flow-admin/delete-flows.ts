/**
 * Deletes flows with their bindings and pending executions; their stages stay. A flow that a
 * brand uses is refused, naming the brand, so that no brand silently loses its sign-in flow.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";

export async function deleteFlows(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const flows = await sql<{ id: string; slug: string }>(tx, "SELECT id, slug FROM flows WHERE id = ANY(?::uuid[]) ORDER BY slug FOR UPDATE", [textArrayLiteral(ids)]);
    const found = textArrayLiteral(flows.map((flow) => flow.id));
    const used = await sql<{ slug: string; domain: string }>(
      tx,
      `SELECT f.slug, br.domain FROM flows f JOIN brands br ON f.id IN (br.flow_authentication_id, br.flow_recovery_id, br.flow_invalidation_id, br.flow_enrollment_id)
        WHERE f.id = ANY(?::uuid[]) ORDER BY f.slug, br.domain LIMIT 1`,
      [found],
    );
    if (used[0]) {
      throw new AppError("BAD_REQUEST", `Flow "${used[0].slug}" is used by brand "${used[0].domain}". Choose another flow for that brand before deleting this one.`);
    }
    await sql(tx, "DELETE FROM role_permissions WHERE object_type = 'flow' AND object_id = ANY(?::uuid[])", [found]);
    await sql(tx, "DELETE FROM flows WHERE id = ANY(?::uuid[])", [found]);
    for (const flow of flows) await recordModelEvent(tx, actor, "model_deleted", { model: "flow", pk: flow.id, name: flow.slug });
    return flows.length;
  });
}
