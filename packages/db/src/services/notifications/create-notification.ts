/**
 * Writes one notification. With a dedupe key, a second write with the same key does nothing, so
 * that a retried job tells its user once.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TNotificationLink, TSeverity } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";

export interface NotificationInput {
  userId: string;
  severity?: TSeverity;
  body: string;
  eventId?: string | null;
  link?: TNotificationLink | null;
  dedupeKey?: string | null;
}

/** True when it was written, false when one with the same dedupe key already exists. */
export async function createNotification(em: EntityManager, input: NotificationInput): Promise<boolean> {
  const rows = await sql(
    em,
    `INSERT INTO notifications (id, user_id, severity, body, event_id, link, dedupe_key) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)
      ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [newId(), input.userId, input.severity ?? "notice", input.body, input.eventId ?? null, input.link ? JSON.stringify(input.link) : null, input.dedupeKey ?? null],
  );
  return rows.length > 0;
}
