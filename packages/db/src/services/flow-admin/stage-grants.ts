/**
 * Stage settings that place users in groups (`groupReferenceSettings` in core) are vouched for by
 * whoever sets them: the groups are resolved to ids and must pass the same trust rules as adding
 * a member by hand (SPEC §9: only a super-user places anyone in a super-user group, nobody hands
 * over roles they do not hold). The stage remembers who set its settings (`configured_by_id`), and
 * enrollment checks that person's rights again when a user is created.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { groupReferenceSettings, type Actor, type TStageType } from "@roster/core";
import { assertMayPlaceInGroups } from "../authorization/index.js";
import { groupNamesIn, resolveGroupReferences } from "../groups/group-references.js";

/** The settings with their group references as ids, once the actor may grant those groups. */
export async function vouchedStageSettings(em: EntityManager, actor: Actor, type: TStageType, settings: Record<string, unknown>, field = "settings"): Promise<Record<string, unknown>> {
  const resolved = { ...settings };
  for (const key of groupReferenceSettings[type] ?? []) {
    const references = Array.isArray(settings[key]) ? (settings[key] as string[]) : [];
    const ids = await resolveGroupReferences(em, references, `${field}.${key}`);
    await assertMayPlaceInGroups(em, actor, ids);
    resolved[key] = ids;
  }
  return resolved;
}

/** An SQL expression: a stage's settings (`column`) as admins read them, groups by name. */
export function readableStageSettings(column: string): string {
  const keys = [...new Set(Object.values(groupReferenceSettings).flat())];
  return keys.reduce((expression, key) => groupNamesIn(expression, key), column);
}
