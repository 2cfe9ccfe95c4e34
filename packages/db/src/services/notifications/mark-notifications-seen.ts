import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral } from "@roster/core";
import { sqlCount } from "../../sql.js";

/** `notifications.markSeen`: the given notifications of the user, or all of them without ids. */
export function markNotificationsSeen(em: EntityManager, userId: string, ids: readonly string[] | undefined): Promise<number> {
  return sqlCount(em, "UPDATE notifications SET seen = true WHERE user_id = ? AND NOT seen AND (?::uuid[] IS NULL OR id = ANY(?::uuid[]))", [
    userId,
    ids ? textArrayLiteral(ids) : null,
    ids ? textArrayLiteral(ids) : null,
  ]);
}
