/** The system settings as the API shows them. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TSettings } from "@roster/core";
import { Settings } from "../../entities/settings.js";
import { toSettings } from "./update-settings.js";

export async function readSettings(em: EntityManager): Promise<TSettings> {
  return toSettings(await em.findOneOrFail(Settings, { id: 1 }));
}
