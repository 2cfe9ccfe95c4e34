/** groups.removeMembers: takes users out of one group, through the one membership service. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor } from "@roster/core";
import { removeMemberships } from "../memberships/change-memberships.js";

export function removeMembers(em: EntityManager, actor: Actor, groupId: string, userIds: readonly string[]): Promise<number> {
  return removeMemberships(em, actor, { groupIds: [groupId], userIds, from: "group" });
}
