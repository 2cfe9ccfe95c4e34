/** users.unassignRoles: takes directly assigned roles away from a user. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor } from "@roster/core";
import { changeUserRoles } from "./change-user-roles.js";

export function unassignRoles(em: EntityManager, actor: Actor, userId: string, roleIds: readonly string[]): Promise<number> {
  return changeUserRoles(em, actor, userId, roleIds, "removed");
}
