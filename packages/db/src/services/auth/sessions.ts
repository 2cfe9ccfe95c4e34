/**
 * Browser sessions: a random cookie value whose SHA-256 is the only thing stored. Whether a
 * session still counts is decided here, on every request, in one statement (SPEC §9 rule 7).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestOrigin } from "@roster/core";
import { hashSecret, newId, newSecret } from "./secrets.js";
import { sql } from "../../sql.js";

/** lastUsed is written at most this often per session, not on every request. */
const touchIntervalMs = 60 * 1000;

/**
 * A new session for a user who just proved who they are. `replaceSessionId` is the session the
 * same browser held before: signing in again replaces it rather than leaving it valid.
 */
export async function createSession(em: EntityManager, userId: string, origin: RequestOrigin, replaceSessionId: string | null = null): Promise<{ cookieValue: string; sessionId: string }> {
  const cookieValue = newSecret();
  const sessionId = newId();
  if (replaceSessionId) await sql(em, "DELETE FROM sessions WHERE id = ?", [replaceSessionId]);
  await sql(
    em,
    `INSERT INTO sessions (id, user_id, token_hash, expires, last_ip, user_agent)
     SELECT ?, ?, ?, now() + make_interval(secs => session_max_age_seconds), ?, ? FROM settings WHERE id = 1`,
    [sessionId, userId, hashSecret(cookieValue), origin.clientIp, origin.userAgent.slice(0, 500)],
  );
  return { cookieValue, sessionId };
}

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  username: string;
  impersonator: { id: string; username: string } | null;
  impersonationReason: string | null;
}

/**
 * The session for a cookie value, or null when it is unknown or no longer counts: expired, older
 * than the maximum age, idle longer than the idle timeout, issued before its user's last password
 * change (for an impersonation session: the impersonating admin's), or its user (or that admin)
 * inactive. Deactivation and password changes take effect on the very next request.
 */
export async function resolveSession(em: EntityManager, cookieValue: string, origin: RequestOrigin): Promise<ResolvedSession | null> {
  const rows = await sql<{ id: string; user_id: string; username: string; impersonator_id: string | null; impersonator_username: string | null; impersonation_reason: string | null; last_used: Date }>(
    em,
    `SELECT s.id, s.user_id, u.username, s.impersonator_id, i.username AS impersonator_username, s.impersonation_reason, s.last_used
       FROM sessions s
       JOIN users u ON u.id = s.user_id AND u.is_active
       LEFT JOIN users i ON i.id = s.impersonator_id
       JOIN settings st ON st.id = 1
      WHERE s.token_hash = ? AND s.expires > now()
        AND s.created_at > now() - make_interval(secs => st.session_max_age_seconds)
        AND s.last_used > now() - make_interval(secs => st.session_idle_timeout_seconds)
        AND (s.impersonator_id IS NULL OR i.is_active)
        AND s.credentials_at >= coalesce(CASE WHEN s.impersonator_id IS NULL THEN u.password_change_date ELSE i.password_change_date END, '-infinity')`,
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
