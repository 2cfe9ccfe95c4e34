/** auth.endImpersonation: the session returns to the admin, and `impersonation_ended` is recorded. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordEvent } from "../events/record-event.js";

/** Returns the session to the admin. Harmless when nobody is being impersonated. */
export async function endImpersonation(em: EntityManager, actor: Actor): Promise<boolean> {
  if (!actor.impersonator || !actor.sessionId) return false;
  const admin = actor.impersonator;
  await em.transactional(async (tx) => {
    await sql(tx, "UPDATE sessions SET user_id = impersonator_id, impersonator_id = NULL, impersonation_reason = NULL WHERE id = ? AND impersonator_id IS NOT NULL", [actor.sessionId]);
    await recordEvent(tx, {
      action: "impersonation_ended",
      actor: { userId: admin.id, username: admin.username, impersonator: null },
      origin: actor,
      targetUserId: actor.userId,
      context: { user: { id: actor.userId, username: actor.username } },
    });
  });
  return true;
}
