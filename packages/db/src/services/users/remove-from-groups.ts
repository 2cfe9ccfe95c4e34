/** users.removeFromGroups: takes one user out of groups, through the one membership service. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor } from "@roster/core";
import { removeMemberships } from "../memberships/change-memberships.js";

export function removeFromGroups(em: EntityManager, actor: Actor, userId: string, groupIds: readonly string[]): Promise<number> {
  return removeMemberships(em, actor, { groupIds, userIds: [userId], from: "user" });
}
