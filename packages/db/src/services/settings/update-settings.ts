import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TSettings, TSettingsUpdate } from "@roster/core";
import { Settings } from "../../entities/settings.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";

export function toSettings(row: Settings): TSettings {
  const { id: _id, ...settings } = row;
  return { ...settings };
}

export async function updateSettings(em: EntityManager, actor: Actor, input: TSettingsUpdate): Promise<TSettings> {
  return em.transactional(async (tx) => {
    const settings = await tx.findOneOrFail(Settings, { id: 1 });
    const changes = changedFields(settings, input);
    tx.assign(settings, input);
    await tx.flush();
    if (Object.keys(changes).length > 0) await recordModelEvent(tx, actor, "model_updated", { model: "settings", pk: "1", name: "System settings" }, { changes });
    return toSettings(settings);
  });
}
