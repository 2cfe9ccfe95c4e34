import type { Actor } from "@roster/core";
import { requirePermission } from "../../trpc.js";

/** A device's owner manages it; anyone else needs `change_user` on the owner (the service then applies the trust rules). */
export function requireOwnerOrChangeUser(actor: Actor, owners: readonly string[]): void {
  for (const owner of owners) {
    if (owner !== actor.userId) requirePermission(actor, "change_user", { type: "user", id: owner });
  }
}
