/** groups.addMembers: puts users into one group, through the one membership service. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor } from "@roster/core";
import { addMemberships } from "../memberships/change-memberships.js";

export function addMembers(em: EntityManager, actor: Actor, groupId: string, userIds: readonly string[]): Promise<number> {
  return addMemberships(em, actor, { groupIds: [groupId], userIds, from: "group" });
}
