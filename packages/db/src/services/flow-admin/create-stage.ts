import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TStageCreate, TStageListItem } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { assertUniqueStageName, flowAdminUniqueViolation } from "./flow-conflicts.js";
import { vouchedStageSettings } from "./stage-grants.js";
import { getStage } from "./stage-row.js";
import { validStageSettings } from "./valid-stage-settings.js";

export async function createStage(em: EntityManager, actor: Actor, input: TStageCreate): Promise<TStageListItem> {
  const checked = validStageSettings(input.type, input.settings);
  const id = await em
    .transactional(async (tx) => {
      await assertUniqueStageName(tx, input.name, null);
      const settings = await vouchedStageSettings(tx, actor, input.type, checked);
      const stageId = newId();
      await sql(tx, "INSERT INTO stages (id, name, type, settings, configured_by_id) VALUES (?, ?, ?, ?::jsonb, ?)", [stageId, input.name, input.type, JSON.stringify(settings), actor.userId]);
      await recordModelEvent(tx, actor, "model_created", { model: "stage", pk: stageId, name: input.name }, { fields: { name: input.name, type: input.type, settings } });
      return stageId;
    })
    .catch((error: unknown) => {
      throw flowAdminUniqueViolation(error);
    });
  return getStage(em, id);
}
