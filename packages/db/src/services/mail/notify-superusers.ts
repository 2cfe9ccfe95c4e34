/** A notification to every active super-user, once per dedupe key (retries notify no one twice). */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TSeverity } from "../../entities/notification.js";
import { sql } from "../../sql.js";

export async function notifySuperusers(em: EntityManager, input: { severity: TSeverity; body: string; eventId: string | null; dedupeKey: string }): Promise<number> {
  const rows = await sql(
    em,
    `WITH RECURSIVE superuser_groups AS (
       SELECT id FROM groups WHERE is_superuser
       UNION
       SELECT gp.group_id FROM group_parents gp JOIN superuser_groups sg ON gp.parent_id = sg.id
     )
     INSERT INTO notifications (id, user_id, severity, body, event_id, dedupe_key)
     SELECT gen_random_uuid(), u.id, ?, ?, ?, ? || ':' || u.id
       FROM users u WHERE u.is_active AND EXISTS (SELECT 1 FROM group_users gu WHERE gu.user_id = u.id AND gu.group_id IN (SELECT id FROM superuser_groups))
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [input.severity, input.body, input.eventId, input.dedupeKey],
  );
  return rows.length;
}
