/** `users.consents` and the Settings page's connected applications: a user's consents, newest first. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, parseScopes, type TUserConsent } from "@roster/core";
import { sql } from "../../sql.js";
import { iso } from "../users/user-row.js";

export interface ListUserRecordsInput {
  userId: string;
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

const timestampPattern = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The keyset `(created_at, id)` of a page ordered newest first. */
export function recordsCursor(cursor: string | null | undefined): [string, string] | null {
  if (!cursor) return null;
  const [createdAt, id] = decodeCursor(cursor, 2);
  if (typeof createdAt !== "string" || typeof id !== "string" || !timestampPattern.test(createdAt) || !uuidPattern.test(id)) decodeCursor("", 2);
  return [String(createdAt), String(id)];
}

export async function listUserConsents(em: EntityManager, input: ListUserRecordsInput): Promise<{ items: TUserConsent[]; nextCursor: string | null }> {
  const limit = input.limit ?? 50;
  const after = recordsCursor(input.cursor);
  const rows = await sql<{ id: string; app_id: string; slug: string; name: string; permissions: string; expires: Date | null; created_at: Date; created_key: string }>(
    em,
    `SELECT c.id, a.id AS app_id, a.slug, a.name, c.permissions, c.expires, c.created_at, c.created_at::text AS created_key
       FROM user_consents c JOIN applications a ON a.id = c.application_id
      WHERE c.user_id = ? AND (?::timestamptz IS NULL OR (c.created_at, c.id) < (?::timestamptz, ?::uuid))
      ORDER BY c.created_at DESC, c.id DESC LIMIT ?`,
    [input.userId, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    application: { id: row.app_id, slug: row.slug, name: row.name },
    permissions: parseScopes(row.permissions),
    expires: iso(row.expires),
    createdAt: iso(row.created_at) ?? "",
  }));
  // The cursor keeps the timestamp's microseconds, which an ISO string would drop.
  const last = rows[limit - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.created_key, last.id]) : null };
}
