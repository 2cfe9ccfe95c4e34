/**
 * Ends everything a user could still be signed in with: browser sessions (but the one a password
 * change came from, when given), OAuth refresh tokens and pending flow state; writes one
 * `sessions_revoked` event. Requests from a deactivated user are already refused before this
 * runs; this removes the rows. Idempotent: a retry finds nothing left and writes no second event.
 */
import type { Task } from "graphile-worker";
import { jobs } from "@roster/core";
import { recordEvent, sqlCount, type Database } from "@roster/db";

export function revokeUserSessionsTask(database: Database): Task {
  return async (rawPayload, helpers) => {
    const payload = jobs.revokeUserSessions.payload.parse(rawPayload);
    const em = database.fork();
    await em.transactional(async (tx) => {
      const sessions = await sqlCount(tx, "DELETE FROM sessions WHERE user_id = ? AND id IS DISTINCT FROM ?::uuid", [payload.userId, payload.keepSessionId ?? null]);
      const refreshTokens = await sqlCount(tx, "DELETE FROM refresh_tokens WHERE user_id = ?", [payload.userId]);
      const flowStates = await sqlCount(tx, "DELETE FROM flow_states WHERE user_id = ?", [payload.userId]);
      if (sessions + refreshTokens + flowStates === 0 && helpers.job.attempts > 1) return;
      await recordEvent(tx, {
        action: "sessions_revoked",
        actor: null,
        targetUserId: payload.userId,
        context: { reason: payload.reason, sessions, refreshTokens, flowStates },
      });
    });
  };
}
