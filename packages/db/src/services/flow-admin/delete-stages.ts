/**
 * Deletes stages. A stage still bound to a flow is refused, naming the flow: removing, say, the
 * password stage from a sign-in flow behind the admin's back would change what the flow checks.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";

export async function deleteStages(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const stages = await sql<{ id: string; name: string }>(tx, "SELECT id, name FROM stages WHERE id = ANY(?::uuid[]) ORDER BY name FOR UPDATE", [textArrayLiteral(ids)]);
    const found = textArrayLiteral(stages.map((stage) => stage.id));
    const bound = await sql<{ name: string; slug: string }>(
      tx,
      "SELECT s.name, f.slug FROM flow_stage_bindings b JOIN stages s ON s.id = b.stage_id JOIN flows f ON f.id = b.flow_id WHERE b.stage_id = ANY(?::uuid[]) ORDER BY s.name, f.slug LIMIT 1",
      [found],
    );
    if (bound[0]) throw new AppError("BAD_REQUEST", `Stage "${bound[0].name}" is bound to flow "${bound[0].slug}". Remove it from that flow before deleting it.`);
    await sql(tx, "DELETE FROM stages WHERE id = ANY(?::uuid[])", [found]);
    for (const stage of stages) await recordModelEvent(tx, actor, "model_deleted", { model: "stage", pk: stage.id, name: stage.name });
    return stages.length;
  });
}
