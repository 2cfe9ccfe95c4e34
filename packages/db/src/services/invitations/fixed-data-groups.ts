/**
 * The groups an invitation (or an enrollment) places the new user in, by name, checked against
 * the trust rules of SPEC §9 for the one who vouches for it — the invitation's creator: only a
 * super-user places anyone in a super-user group (or one below it), and nobody hands over roles
 * they do not hold. The same services as every other membership change.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, invitationMessages, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayChangeMembersOf, assertMayGrantRolesOfGroups } from "../authorization/index.js";

/** The ids of these groups; a missing one is a field error under `field`. */
export async function groupIdsByName(em: EntityManager, names: readonly string[], field: string): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await sql<{ id: string; name: string }>(em, "SELECT id, name FROM groups WHERE name = ANY(?::text[])", [textArrayLiteral(names)]);
  const byName = new Map(rows.map((row) => [row.name, row.id]));
  const missing = names.find((name) => !byName.has(name));
  if (missing !== undefined) throw AppError.field(field, invitationMessages.groupMissing(missing));
  return [...new Set(names.map((name) => byName.get(name) ?? ""))];
}

export async function assertMayPlaceInGroups(em: EntityManager, actor: Actor, groupIds: readonly string[]): Promise<void> {
  await assertMayChangeMembersOf(em, actor, groupIds);
  await assertMayGrantRolesOfGroups(em, actor, groupIds);
}
