import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral } from "@roster/core";
import { sqlCount } from "../../sql.js";

/** `notifications.delete`: only the user's own; other ids are skipped as if they did not exist. */
export function deleteNotifications(em: EntityManager, userId: string, ids: readonly string[]): Promise<number> {
  return sqlCount(em, "DELETE FROM notifications WHERE user_id = ? AND id = ANY(?::uuid[])", [userId, textArrayLiteral(ids)]);
}
