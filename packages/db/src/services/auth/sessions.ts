/**
 * Browser sessions: a random cookie value whose SHA-256 is the only thing stored. Whether a
 * session still counts is decided on every request by `resolveCaller` (SPEC §9 rule 7).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestOrigin } from "@roster/core";
import { hashSecret, newId, newSecret } from "./secrets.js";
import { sql } from "../../sql.js";

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

export async function deleteSessionById(em: EntityManager, sessionId: string): Promise<void> {
  await sql(em, "DELETE FROM sessions WHERE id = ?", [sessionId]);
}
