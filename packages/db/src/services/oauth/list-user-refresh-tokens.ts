/** `users.refreshTokens`: a user's live refresh tokens (rotated-away ones are not listed), newest first. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { parseScopes, type TUserRefreshToken } from "@roster/core";
import { newestFirstKey, newestFirstWindow, type UserRecordsRequest } from "../../paging/checked-keys.js";
import { pageOf, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { iso } from "../../sql-values.js";

export async function listUserRefreshTokens(em: EntityManager, input: UserRecordsRequest): Promise<Page<TUserRefreshToken>> {
  const window = newestFirstWindow(input);
  const { after } = window;
  const rows = await sql<{ id: string; app_id: string | null; slug: string | null; name: string | null; scope: string; expires: Date; revoked: boolean; created_at: Date; created_key: string }>(
    em,
    `SELECT rt.id, a.id AS app_id, a.slug, a.name, rt.scope, rt.expires, rt.revoked OR rt.created_at < coalesce(u.password_change_date, '-infinity') OR NOT u.is_active AS revoked, rt.created_at, rt.created_at::text AS created_key
       FROM refresh_tokens rt JOIN users u ON u.id = rt.user_id LEFT JOIN applications a ON a.id = rt.application_id
      WHERE rt.user_id = ? AND rt.consumed_at IS NULL AND rt.expires > now()
        AND (?::timestamptz IS NULL OR (rt.created_at, rt.id) < (?::timestamptz, ?::uuid))
      ORDER BY rt.created_at DESC, rt.id DESC LIMIT ?`,
    [input.userId, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, window.take],
  );
  return pageOf(rows, window, newestFirstKey, (row) => ({
    id: row.id,
    application: row.app_id && row.slug && row.name ? { id: row.app_id, slug: row.slug, name: row.name } : null,
    scopes: parseScopes(row.scope),
    expires: iso(row.expires) ?? "",
    revoked: row.revoked,
    createdAt: iso(row.created_at) ?? "",
  }));
}
