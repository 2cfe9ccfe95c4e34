/** `users.refreshTokens`: a user's live refresh tokens (rotated-away ones are not listed), newest first. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { encodeCursor, parseScopes, type TUserRefreshToken } from "@roster/core";
import { sql } from "../../sql.js";
import { iso } from "../users/user-row.js";
import { recordsCursor, type ListUserRecordsInput } from "./list-user-consents.js";

export async function listUserRefreshTokens(em: EntityManager, input: ListUserRecordsInput): Promise<{ items: TUserRefreshToken[]; nextCursor: string | null }> {
  const limit = input.limit ?? 50;
  const after = recordsCursor(input.cursor);
  const rows = await sql<{ id: string; app_id: string | null; slug: string | null; name: string | null; scope: string; expires: Date; revoked: boolean; created_at: Date; created_key: string }>(
    em,
    `SELECT rt.id, a.id AS app_id, a.slug, a.name, rt.scope, rt.expires, rt.revoked OR rt.created_at < coalesce(u.password_change_date, '-infinity') OR NOT u.is_active AS revoked, rt.created_at, rt.created_at::text AS created_key
       FROM refresh_tokens rt JOIN users u ON u.id = rt.user_id LEFT JOIN applications a ON a.id = rt.application_id
      WHERE rt.user_id = ? AND rt.consumed_at IS NULL AND rt.expires > now()
        AND (?::timestamptz IS NULL OR (rt.created_at, rt.id) < (?::timestamptz, ?::uuid))
      ORDER BY rt.created_at DESC, rt.id DESC LIMIT ?`,
    [input.userId, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    application: row.app_id && row.slug && row.name ? { id: row.app_id, slug: row.slug, name: row.name } : null,
    scopes: parseScopes(row.scope),
    expires: iso(row.expires) ?? "",
    revoked: row.revoked,
    createdAt: iso(row.created_at) ?? "",
  }));
  // The cursor keeps the timestamp's microseconds, which an ISO string would drop.
  const last = rows[limit - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.created_key, last.id]) : null };
}
