/**
 * Changes a flow's fields and, when `stageIds` is given, replaces its stages in that order. A
 * flow a brand uses keeps the designation that brand needs.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor, type TFlowDetail, type TFlowUpdate } from "@roster/core";
import { sql } from "../../sql.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { boundStageNames, designationConflict, replaceFlowBindings, stageNamesInOrder } from "./flow-bindings.js";
import { getFlow } from "./flow-row.js";

interface FlowFields {
  slug: string;
  name: string;
  title: string;
  designation: string;
}

export async function updateFlow(em: EntityManager, actor: Actor, input: TFlowUpdate): Promise<TFlowDetail> {
  const { id, stageIds, ...fields } = input;
  await em.transactional(async (tx) => {
    const rows = await sql<FlowFields>(tx, "SELECT slug, name, title, designation FROM flows WHERE id = ? FOR UPDATE", [id]);
    const flow = rows[0];
    if (!flow) throw AppError.notFound("Flow");
    if (fields.designation !== undefined && fields.designation !== flow.designation) {
      const conflict = await designationConflict(tx, id, fields.designation);
      if (conflict) throw AppError.field("designation", conflict);
    }
    const changes = changedFields(flow, fields);
    if (stageIds) {
      const names = await stageNamesInOrder(tx, stageIds, "stageIds");
      const before = await boundStageNames(tx, id);
      if (JSON.stringify(names) !== JSON.stringify(before)) {
        changes.stages = { from: before, to: names };
        await replaceFlowBindings(tx, id, stageIds);
      }
    }
    await sql(tx, "UPDATE flows SET name = coalesce(?, name), title = coalesce(?, title), designation = coalesce(?, designation) WHERE id = ?", [
      fields.name ?? null,
      fields.title ?? null,
      fields.designation ?? null,
      id,
    ]);
    if (Object.keys(changes).length > 0) await recordModelEvent(tx, actor, "model_updated", { model: "flow", pk: id, name: flow.slug }, { changes });
  });
  return getFlow(em, id);
}
