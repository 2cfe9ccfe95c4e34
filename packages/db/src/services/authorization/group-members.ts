/**
 * Rule 2 of SPEC §9: only a super-user changes who is in a super-user group or a group below one,
 * whichever path the change takes (a user's groups, a group's members, a group's parents).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, groupMessages, type Actor } from "@roster/core";
import { reachesSuperuser } from "./superuser-tree.js";

export async function assertMayChangeMembersOf(em: EntityManager, actor: Actor, groupIds: readonly string[]): Promise<void> {
  if (actor.permissions.isSuperuser) return;
  if (await reachesSuperuser(em, groupIds)) throw AppError.forbidden(groupMessages.superuserMembers);
}
