/**
 * Sign-in throttling shared by every API replica (SPEC §9.8). Before a password is checked, the
 * attempt is reserved on its counters by one statement that counts it and says whether it may go
 * ahead, so concurrent guesses cannot slip past a limit; a successful sign-in gives the attempt
 * back. A browser without a device cookie for the account is counted per account (the resolved
 * user, or the typed identifier when it names nobody, so both answer alike) and per address; a
 * browser presenting one (device-cookies.ts) only on its own counter, so failures elsewhere never
 * lock its owner out. A counter over its limit locks for a while, never for good.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError } from "@roster/core";
import { sql } from "../../sql.js";

const windowMinutes = 15;
const lockMinutes = 15;
/** Attempts allowed per window on each kind of counter (rows of login_attempts). */
const limits = { account: 10, address: 50, device: 10 } as const;
type TCounterKind = keyof typeof limits;
type Counter = [kind: TCounterKind, key: string];

export const tooManyAttemptsMessage = `Too many failed sign-in attempts. Try again in ${lockMinutes} minutes.`;

export interface LoginAttempt {
  /** The user the identifier resolved to; null when it names nobody. */
  userId: string | null;
  /** What was typed to identify the account. */
  identifier: string;
  clientIp: string;
  /** The nonce of a valid device cookie for this user, when the browser presented one. */
  deviceNonce: string | null;
}

function countersOf(attempt: LoginAttempt): Counter[] {
  if (attempt.deviceNonce) return [["device", attempt.deviceNonce]];
  const account = attempt.userId ? `user:${attempt.userId}` : `name:${attempt.identifier.trim().toLowerCase()}`;
  return [
    ["account", account],
    ["address", attempt.clientIp],
  ];
}

/**
 * Counts the attempt on each counter, or throws TOO_MANY_REQUESTS when one is locked or this
 * attempt would pass its limit (the counter then locks). A refused attempt counts nowhere.
 * `failures` holds the attempts of the window that were not given back: failed or in flight.
 */
export async function reserveLoginAttempt(em: EntityManager, attempt: LoginAttempt): Promise<void> {
  const counters = countersOf(attempt);
  const kinds = Object.keys(limits) as TCounterKind[];
  const rows = await sql<{ kind: TCounterKind; key: string; refused: boolean }>(
    em,
    `INSERT INTO login_attempts AS a (kind, key, failures, window_start)
     VALUES ${counters.map(() => "(?, ?, 1, now())").join(", ")}
     ON CONFLICT (kind, key) DO UPDATE SET (failures, window_start, locked_until) = (
       SELECT CASE v.verdict WHEN 'fresh' THEN 1 WHEN 'counted' THEN a.failures + 1 ELSE a.failures END,
              CASE v.verdict WHEN 'fresh' THEN now() ELSE a.window_start END,
              CASE v.verdict WHEN 'locked' THEN a.locked_until WHEN 'locks' THEN now() + make_interval(mins => ?) END
         FROM (SELECT CASE
                 WHEN a.locked_until > now() THEN 'locked'
                 WHEN a.locked_until IS NOT NULL OR a.window_start <= now() - make_interval(mins => ?) THEN 'fresh'
                 WHEN a.failures < CASE a.kind ${kinds.map(() => "WHEN ? THEN ?::int").join(" ")} END THEN 'counted'
                 ELSE 'locks'
               END AS verdict) v)
     RETURNING kind, key, locked_until IS NOT NULL AS refused`,
    [...counters.flat(), lockMinutes, windowMinutes, ...kinds.flatMap((kind) => [kind, limits[kind]])],
  );
  if (rows.some((row) => row.refused)) {
    await giveBack(em, rows.filter((row) => !row.refused).map((row): Counter => [row.kind, row.key]));
    throw new AppError("TOO_MANY_REQUESTS", tooManyAttemptsMessage);
  }
}

/** After a successful sign-in: the attempt was no failure. */
export async function giveBackLoginAttempt(em: EntityManager, attempt: LoginAttempt): Promise<void> {
  await giveBack(em, countersOf(attempt));
}

async function giveBack(em: EntityManager, counters: Counter[]): Promise<void> {
  if (counters.length === 0) return;
  await sql(
    em,
    `UPDATE login_attempts SET failures = failures - 1
      WHERE (kind, key) IN (${counters.map(() => "(?, ?)").join(", ")}) AND failures > 0 AND locked_until IS NULL`,
    counters.flat(),
  );
}
