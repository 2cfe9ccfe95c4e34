/**
 * Ends everything a user could still be signed in with: browser sessions (but the one a password
 * change came from, when given), OAuth refresh tokens and pending flow state; writes one
 * `sessions_revoked` event. Requests from a deactivated user are already refused before this
 * runs; this removes the rows. Idempotent: a retry that finds nothing left writes no second event.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TRevokeUserSessionsPayload } from "@roster/core";
import { sqlCount } from "../../sql.js";
import { recordEvent } from "../events/record-event.js";

export async function revokeUserSessions(em: EntityManager, payload: TRevokeUserSessionsPayload, options: { isRetry: boolean }): Promise<void> {
  await em.transactional(async (tx) => {
    const sessions = await sqlCount(tx, "DELETE FROM sessions WHERE user_id = ? AND id IS DISTINCT FROM ?::uuid", [payload.userId, payload.keepSessionId ?? null]);
    const refreshTokens = await sqlCount(tx, "DELETE FROM refresh_tokens WHERE user_id = ?", [payload.userId]);
    const flowStates = await sqlCount(tx, "DELETE FROM flow_states WHERE user_id = ?", [payload.userId]);
    if (sessions + refreshTokens + flowStates === 0 && options.isRetry) return;
    await recordEvent(tx, { action: "sessions_revoked", actor: null, targetUserId: payload.userId, context: { reason: payload.reason, sessions, refreshTokens, flowStates } });
  });
}
