/** Browser sessions: a random cookie value whose SHA-256 is the only thing stored. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestOrigin } from "@roster/core";
import { Session } from "../../entities/session.js";
import { hashSecret, newId, newSecret } from "./secrets.js";
import { sql } from "../../sql.js";

export const sessionLifetimeMs = 14 * 24 * 3600 * 1000;
/** lastUsed is written at most this often per session, not on every request. */
const touchIntervalMs = 60 * 1000;

export async function createSession(em: EntityManager, userId: string, origin: RequestOrigin): Promise<{ cookieValue: string; session: Session }> {
  const cookieValue = newSecret();
  const session = em.create(Session, {
    id: newId(),
    userId,
    tokenHash: hashSecret(cookieValue),
    expires: new Date(Date.now() + sessionLifetimeMs),
    lastIp: origin.clientIp,
    userAgent: origin.userAgent.slice(0, 500),
  });
  await em.flush();
  return { cookieValue, session };
}

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  username: string;
  impersonator: { id: string; username: string } | null;
  impersonationReason: string | null;
}

/**
 * The session for a cookie value, or null when it is unknown, expired, or its user (or the admin
 * impersonating through it) is inactive: deactivation takes effect on the very next request.
 */
export async function resolveSession(em: EntityManager, cookieValue: string, origin: RequestOrigin): Promise<ResolvedSession | null> {
  const rows = await sql<{ id: string; user_id: string; username: string; impersonator_id: string | null; impersonator_username: string | null; impersonation_reason: string | null; last_used: Date }>(em, 
    `SELECT s.id, s.user_id, u.username, s.impersonator_id, i.username AS impersonator_username, s.impersonation_reason, s.last_used
       FROM sessions s
       JOIN users u ON u.id = s.user_id AND u.is_active
       LEFT JOIN users i ON i.id = s.impersonator_id
      WHERE s.token_hash = ? AND s.expires > now() AND (s.impersonator_id IS NULL OR i.is_active)`,
    [hashSecret(cookieValue)],
  );
  const row = rows[0];
  if (!row) return null;
  if (Date.now() - new Date(row.last_used).getTime() > touchIntervalMs) {
    await sql(em, "UPDATE sessions SET last_used = now(), last_ip = ?, user_agent = ? WHERE id = ?", [origin.clientIp, origin.userAgent.slice(0, 500), row.id]);
  }
  return {
    sessionId: row.id,
    userId: row.user_id,
    username: row.username,
    impersonator: row.impersonator_id && row.impersonator_username ? { id: row.impersonator_id, username: row.impersonator_username } : null,
    impersonationReason: row.impersonation_reason,
  };
}

export async function deleteSessionById(em: EntityManager, sessionId: string): Promise<void> {
  await sql(em, "DELETE FROM sessions WHERE id = ?", [sessionId]);
}
