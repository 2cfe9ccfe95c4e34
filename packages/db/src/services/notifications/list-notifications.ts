/** `notifications.list`: the caller's own notifications, newest first, and how many are unseen. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { type TNotification, type TNotificationLink, type TNotificationPage, type TSeverity } from "@roster/core";
import { pageOf, pageWindow, type PageRequest } from "../../paging/keyset-page.js";
import { newestFirstKey } from "../../paging/checked-keys.js";
import { sql } from "../../sql.js";

interface NotificationRow {
  id: string;
  severity: TSeverity;
  body: string;
  event_id: string | null;
  link: TNotificationLink | null;
  seen: boolean;
  created_at: Date;
  created_key: string;
}

export async function listNotifications(em: EntityManager, userId: string, input: PageRequest): Promise<TNotificationPage> {
  const window = pageWindow(input, 2, 20);
  const after = window.after;
  const [rows, unseen] = await Promise.all([
    sql<NotificationRow>(
      em,
      `SELECT n.id, n.severity, n.body, n.event_id, n.link, n.seen, n.created_at, n.created_at::text AS created_key FROM notifications n
        WHERE n.user_id = ? ${after ? "AND (n.created_at, n.id) < (?::timestamptz, ?::uuid)" : ""}
        ORDER BY n.created_at DESC, n.id DESC LIMIT ?`,
      [userId, ...(after ?? []), window.take],
    ),
    sql<{ n: number }>(em, "SELECT count(*)::int AS n FROM notifications WHERE user_id = ? AND NOT seen", [userId]),
  ]);
  return { ...pageOf(rows, window, newestFirstKey, toNotification), unseen: unseen[0]?.n ?? 0 };
}

function toNotification(row: NotificationRow): TNotification {
  return {
    id: row.id,
    severity: row.severity,
    body: row.body,
    eventId: row.event_id,
    link: row.link,
    seen: row.seen,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
