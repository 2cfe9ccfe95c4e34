/** The audit log, newest first, by keyset on (created_at, id). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { escapeLike, type TEvent, type TEventFilter } from "@roster/core";
import { pageOf, pageWindow, type PageRequest, type Page } from "../../paging/keyset-page.js";
import { newestFirstKey } from "../../paging/checked-keys.js";
import { sql } from "../../sql.js";

interface EventRow {
  id: string;
  action: string;
  user_id: string | null;
  username: string;
  on_behalf_of_id: string | null;
  on_behalf_of_username: string | null;
  target_user_id: string | null;
  target_username: string | null;
  context: Record<string, unknown>;
  client_ip: string;
  brand: string;
  created_at: Date;
  created_key: string;
}

export async function listEvents(em: EntityManager, filter: TEventFilter & PageRequest): Promise<Page<TEvent>> {
  const window = pageWindow(filter, 2, 20);
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (filter.action) add("e.action = ?", filter.action);
  if (filter.userId) add("(e.user_id = ?::uuid OR e.target_user_id = ?::uuid OR e.on_behalf_of_id = ?::uuid)", filter.userId, filter.userId, filter.userId);
  if (filter.username) add("e.username ILIKE ?", `%${escapeLike(filter.username)}%`);
  if (filter.since) add("e.created_at >= ?::timestamptz", filter.since);
  if (filter.until) add("e.created_at < ?::timestamptz", filter.until);
  if (window.after) {
    const [createdAt, id] = window.after;
    add("(e.created_at, e.id) < (?::timestamptz, ?::uuid)", createdAt, id);
  }
  const rows = await sql<EventRow>(
    em,
    `SELECT e.*, e.created_at::text AS created_key, t.username AS target_username FROM events e
       LEFT JOIN users t ON t.id = e.target_user_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY e.created_at DESC, e.id DESC LIMIT ?`,
    [...params, window.take],
  );
  return pageOf(rows, window, newestFirstKey, toEvent);
}

function toEvent(row: EventRow): TEvent {
  return {
    id: row.id,
    action: row.action,
    user: row.user_id || row.username
      ? { id: row.user_id, username: row.username, onBehalfOf: row.on_behalf_of_username ? { id: row.on_behalf_of_id, username: row.on_behalf_of_username } : null }
      : null,
    targetUserId: row.target_user_id,
    targetUsername: row.target_username,
    context: row.context,
    clientIp: row.client_ip,
    brand: row.brand,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
