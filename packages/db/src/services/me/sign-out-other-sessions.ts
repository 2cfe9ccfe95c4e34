/**
 * "Sign out other sessions" on Settings: deletes the caller's other browser sessions (each device
 * is signed out on its next request). An admin's impersonation sessions of this user are the
 * admin's, not the user's, and are left alone; an impersonating admin cannot use this either.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, selfServiceMessages, type Actor } from "@roster/core";
import { sqlCount } from "../../sql.js";
import { recordEvent } from "../events/record-event.js";

export async function signOutOtherSessions(em: EntityManager, actor: Actor): Promise<number> {
  if (actor.impersonator) throw AppError.forbidden(selfServiceMessages.impersonating);
  return em.transactional(async (tx) => {
    const sessions = await sqlCount(tx, "DELETE FROM sessions WHERE user_id = ? AND id IS DISTINCT FROM ?::uuid AND impersonator_id IS NULL", [actor.userId, actor.sessionId]);
    if (sessions > 0) await recordEvent(tx, { action: "sessions_revoked", actor, origin: actor, targetUserId: actor.userId, context: { reason: "signed_out_by_user", sessions } });
    return sessions;
  });
}
