import type { EntityManager } from "@mikro-orm/postgresql";
import { Settings } from "../../entities/settings.js";

export async function getSettings(em: EntityManager): Promise<Settings> {
  return em.findOneOrFail(Settings, { id: 1 });
}
