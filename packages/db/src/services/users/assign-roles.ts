/** users.assignRoles: gives roles to a user directly, only roles whose every permission the caller holds. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor } from "@roster/core";
import { changeUserRoles } from "./change-user-roles.js";

export function assignRoles(em: EntityManager, actor: Actor, userId: string, roleIds: readonly string[]): Promise<number> {
  return changeUserRoles(em, actor, userId, roleIds, "added");
}
