/** A notification to every active super-user, once per dedupe key (retries notify no one twice). */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TNotificationLink } from "@roster/core";
import type { TSeverity } from "../../entities/notification.js";
import { sql } from "../../sql.js";
import { superuserUserIdsQuery } from "../authorization/superuser-tree.js";

export async function notifySuperusers(em: EntityManager, input: { severity: TSeverity; body: string; eventId: string | null; dedupeKey: string; link?: TNotificationLink | null }): Promise<number> {
  const rows = await sql(
    em,
    `INSERT INTO notifications (id, user_id, severity, body, event_id, link, dedupe_key)
     SELECT gen_random_uuid(), u.id, ?, ?, ?, ?::jsonb, ? || ':' || u.id
       FROM users u WHERE u.is_active AND u.id IN (${superuserUserIdsQuery})
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [input.severity, input.body, input.eventId, input.link ? JSON.stringify(input.link) : null, input.dedupeKey],
  );
  return rows.length;
}
