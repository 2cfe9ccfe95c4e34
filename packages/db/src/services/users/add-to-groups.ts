/** users.addToGroups: puts one user into groups, through the one membership service. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor } from "@roster/core";
import { addMemberships } from "../memberships/change-memberships.js";

export function addToGroups(em: EntityManager, actor: Actor, userId: string, groupIds: readonly string[]): Promise<number> {
  return addMemberships(em, actor, { groupIds, userIds: [userId], from: "user" });
}
