/**
 * Rule 2 of SPEC §9: only a super-user changes who is in a super-user group or a group below one,
 * whichever path the change takes (a user's groups, a group's members, a group's parents, the
 * groups a stage or an invitation places new users in).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, groupMessages, type Actor } from "@roster/core";
import { assertMayGrantRolesOfGroups } from "./grants.js";
import { reachesSuperuser } from "./superuser-tree.js";

export async function assertMayChangeMembersOf(em: EntityManager, actor: Actor, groupIds: readonly string[]): Promise<void> {
  if (actor.permissions.isSuperuser) return;
  if (await reachesSuperuser(em, groupIds)) throw AppError.forbidden(groupMessages.superuserMembers);
}

/** Placing someone in groups: rule 2 for the groups, rule 3 for the roles they carry. */
export async function assertMayPlaceInGroups(em: EntityManager, actor: Actor, groupIds: readonly string[]): Promise<void> {
  await assertMayChangeMembersOf(em, actor, groupIds);
  await assertMayGrantRolesOfGroups(em, actor, groupIds);
}
