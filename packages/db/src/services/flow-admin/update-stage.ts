/** Renames a stage or changes its settings, checked against its type (which never changes). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, isStageType, type Actor, type TStageListItem, type TStageUpdate } from "@roster/core";
import { sql } from "../../sql.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { assertUniqueStageName, flowAdminUniqueViolation } from "./flow-conflicts.js";
import { sameSettings } from "./same-settings.js";
import { vouchedStageSettings } from "./stage-grants.js";
import { getStage } from "./stage-row.js";
import { validStageSettings } from "./valid-stage-settings.js";

interface StageFields {
  name: string;
  type: string;
  settings: Record<string, unknown>;
}

export async function updateStage(em: EntityManager, actor: Actor, input: TStageUpdate): Promise<TStageListItem> {
  await em
    .transactional(async (tx) => {
      const rows = await sql<StageFields>(tx, "SELECT name, type, settings FROM stages WHERE id = ? FOR UPDATE", [input.id]);
      const stage = rows[0];
      if (!stage) throw AppError.notFound("Stage");
      if (input.name !== undefined && input.name !== stage.name) await assertUniqueStageName(tx, input.name, input.id);
      let settings: Record<string, unknown> | undefined;
      if (input.settings) {
        if (!isStageType(stage.type)) throw AppError.field("settings", `This stage has the unknown type "${stage.type}"; its settings cannot be checked.`);
        settings = await vouchedStageSettings(tx, actor, stage.type, validStageSettings(stage.type, input.settings));
      }
      const changes = changedFields(stage, { name: input.name });
      if (settings && !sameSettings(stage.settings, settings)) changes.settings = { from: stage.settings, to: settings };
      // Whoever sets the settings vouches for what they grant (stage-grants.ts).
      await sql(tx, "UPDATE stages SET name = coalesce(?, name), settings = coalesce(?::jsonb, settings), configured_by_id = CASE WHEN ? THEN ?::uuid ELSE configured_by_id END WHERE id = ?", [
        input.name ?? null,
        settings ? JSON.stringify(settings) : null,
        changes.settings !== undefined,
        actor.userId,
        input.id,
      ]);
      if (Object.keys(changes).length > 0) await recordModelEvent(tx, actor, "model_updated", { model: "stage", pk: input.id, name: input.name ?? stage.name }, { changes });
    })
    .catch((error: unknown) => {
      throw flowAdminUniqueViolation(error);
    });
  return getStage(em, input.id);
}
