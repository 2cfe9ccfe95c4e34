/**
 * A user's sessions that still work: none for a deactivated user, whose sessions stop at the
 * deactivation's commit (resolve-caller.ts) even before the revoke job deletes them.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { describeDevice, type TUserSession } from "@roster/core";
import { sql } from "../../sql.js";

export async function listUserSessions(em: EntityManager, userId: string, currentSessionId: string | null): Promise<TUserSession[]> {
  const rows = await sql<{ id: string; user_agent: string; last_ip: string; created_at: Date; last_used: Date; expires: Date; impersonator: string | null }>(
    em,
    `SELECT s.id, s.user_agent, s.last_ip, s.created_at, s.last_used, s.expires, i.username AS impersonator
       FROM sessions s JOIN users u ON u.id = s.user_id AND u.is_active LEFT JOIN users i ON i.id = s.impersonator_id
      WHERE s.user_id = ? AND s.expires > now() ORDER BY s.last_used DESC LIMIT 500`,
    [userId],
  );
  return rows.map((row) => ({
    id: row.id,
    device: describeDevice(row.user_agent),
    userAgent: row.user_agent,
    lastIp: row.last_ip,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsed: new Date(row.last_used).toISOString(),
    expires: new Date(row.expires).toISOString(),
    current: row.id === currentSessionId,
    impersonatedBy: row.impersonator,
  }));
}
