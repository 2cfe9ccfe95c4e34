/**
 * At most one recovery email per user per `recoveryEmailIntervalSeconds`, and
 * `recoveryEmailDailyLimit` a day (SPEC §9.9), whoever asks: the flow's email stage and
 * users.sendRecoveryEmail count on the same counter. One statement checks and counts, so
 * concurrent requests cannot both pass.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";

export type TRecoveryEmailReservation = { allowed: true } | { allowed: false; message: string };

export async function reserveRecoveryEmail(em: EntityManager, userId: string): Promise<TRecoveryEmailReservation> {
  const reserved = await sql(
    em,
    `INSERT INTO recovery_email_counters AS c (user_id, last_sent_at, day_start, sent_in_day)
     VALUES (?, now(), now(), 1)
     ON CONFLICT (user_id) DO UPDATE SET
       last_sent_at = now(),
       day_start = CASE WHEN c.day_start <= now() - interval '1 day' THEN now() ELSE c.day_start END,
       sent_in_day = CASE WHEN c.day_start <= now() - interval '1 day' THEN 1 ELSE c.sent_in_day + 1 END
     WHERE c.last_sent_at <= now() - (SELECT recovery_email_interval_seconds FROM settings WHERE id = 1) * interval '1 second'
       AND (c.day_start <= now() - interval '1 day' OR c.sent_in_day < (SELECT recovery_email_daily_limit FROM settings WHERE id = 1))
     RETURNING user_id`,
    [userId],
  );
  if (reserved.length > 0) return { allowed: true };
  return { allowed: false, message: await refusalMessage(em, userId) };
}

async function refusalMessage(em: EntityManager, userId: string): Promise<string> {
  const rows = await sql<{ too_soon: boolean; interval_seconds: number; daily_limit: number }>(
    em,
    `SELECT c.last_sent_at > now() - s.recovery_email_interval_seconds * interval '1 second' AS too_soon,
            s.recovery_email_interval_seconds AS interval_seconds, s.recovery_email_daily_limit AS daily_limit
       FROM recovery_email_counters c, settings s WHERE c.user_id = ? AND s.id = 1`,
    [userId],
  );
  const row = rows[0];
  if (row?.too_soon) return `A recovery email was sent to this user less than ${duration(row.interval_seconds)} ago.`;
  const limit = row?.daily_limit ?? 0;
  return `This user was already sent ${limit} recovery ${limit === 1 ? "email" : "emails"} in the last 24 hours, the daily limit.`;
}

function duration(seconds: number): string {
  const [amount, unit] = seconds % 3600 === 0 ? [seconds / 3600, "hour"] : seconds % 60 === 0 ? [seconds / 60, "minute"] : [seconds, "second"];
  return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}
