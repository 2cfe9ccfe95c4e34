/**
 * Login throttling shared by every API replica. Failures are counted per (username, address),
 * per address, and per username across all addresses; each counter locks for a while, never for
 * good, and the per-username limit is high enough that an attacker elsewhere cannot lock a user
 * out of the address they normally sign in from.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError } from "@roster/core";
import { sql } from "../../sql.js";

const windowMinutes = 15;
const lockMinutes = 15;
const limits = { user_ip: 10, ip: 50, user: 100 } as const;
type Kind = keyof typeof limits;

function keys(username: string, clientIp: string): [Kind, string][] {
  const user = username.trim().toLowerCase();
  return [
    ["user_ip", `${user} @ ${clientIp}`],
    ["ip", clientIp],
    ["user", user],
  ];
}

export const tooManyAttemptsMessage = `Too many failed sign-in attempts. Try again in ${lockMinutes} minutes.`;

export async function assertLoginAllowed(em: EntityManager, username: string, clientIp: string): Promise<void> {
  const pairs = keys(username, clientIp);
  const rows = await sql<{ locked: boolean }>(em, 
    `SELECT true AS locked FROM login_attempts
      WHERE (kind, key) IN (${pairs.map(() => "(?, ?)").join(", ")}) AND locked_until > now() LIMIT 1`,
    pairs.flat(),
  );
  if (rows.length > 0) throw new AppError("TOO_MANY_REQUESTS", tooManyAttemptsMessage);
}

/** Counts one failure; returns true when this failure reached a limit. */
export async function recordLoginFailure(em: EntityManager, username: string, clientIp: string): Promise<boolean> {
  let locked = false;
  for (const [kind, key] of keys(username, clientIp)) {
    const rows = await sql<{ failures: number }>(em, 
      `INSERT INTO login_attempts (kind, key, failures, window_start) VALUES (?, ?, 1, now())
       ON CONFLICT (kind, key) DO UPDATE SET
         failures = CASE WHEN login_attempts.window_start < now() - interval '${windowMinutes} minutes' THEN 1 ELSE login_attempts.failures + 1 END,
         window_start = CASE WHEN login_attempts.window_start < now() - interval '${windowMinutes} minutes' THEN now() ELSE login_attempts.window_start END
       RETURNING failures`,
      [kind, key],
    );
    if ((rows[0]?.failures ?? 0) >= limits[kind]) {
      locked = true;
      await sql(em, `UPDATE login_attempts SET locked_until = now() + interval '${lockMinutes} minutes', failures = 0, window_start = now() WHERE kind = ? AND key = ?`, [kind, key]);
    }
  }
  return locked;
}

export async function clearLoginFailures(em: EntityManager, username: string, clientIp: string): Promise<void> {
  const [userIp] = keys(username, clientIp);
  if (userIp) await sql(em, "DELETE FROM login_attempts WHERE kind = ? AND key = ?", userIp);
}
