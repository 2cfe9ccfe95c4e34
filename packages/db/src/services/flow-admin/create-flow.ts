import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TFlowCreate, TFlowDetail } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { assertUniqueFlowSlug, flowAdminUniqueViolation } from "./flow-conflicts.js";
import { getFlow } from "./flow-row.js";

/** A new flow without stages; `flows.update` binds them. */
export async function createFlow(em: EntityManager, actor: Actor, input: TFlowCreate): Promise<TFlowDetail> {
  const id = await em
    .transactional(async (tx) => {
      await assertUniqueFlowSlug(tx, input.slug, null);
      const flowId = newId();
      await sql(tx, "INSERT INTO flows (id, slug, name, title, designation) VALUES (?, ?, ?, ?, ?)", [flowId, input.slug, input.name, input.title, input.designation]);
      await recordModelEvent(tx, actor, "model_created", { model: "flow", pk: flowId, name: input.slug }, { fields: { ...input } });
      return flowId;
    })
    .catch((error: unknown) => {
      throw flowAdminUniqueViolation(error);
    });
  return getFlow(em, id);
}
