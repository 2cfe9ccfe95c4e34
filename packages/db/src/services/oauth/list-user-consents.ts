/** `users.consents` and the Settings page's connected applications: a user's consents, newest first. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { parseScopes, type TUserConsent } from "@roster/core";
import { newestFirstKey, newestFirstWindow, type UserRecordsRequest } from "../../paging/checked-keys.js";
import { pageOf, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { iso } from "../../sql-values.js";

export async function listUserConsents(em: EntityManager, input: UserRecordsRequest): Promise<Page<TUserConsent>> {
  const window = newestFirstWindow(input);
  const { after } = window;
  const rows = await sql<{ id: string; app_id: string; slug: string; name: string; permissions: string; expires: Date | null; created_at: Date; created_key: string }>(
    em,
    `SELECT c.id, a.id AS app_id, a.slug, a.name, c.permissions, c.expires, c.created_at, c.created_at::text AS created_key
       FROM user_consents c JOIN applications a ON a.id = c.application_id
      WHERE c.user_id = ? AND (?::timestamptz IS NULL OR (c.created_at, c.id) < (?::timestamptz, ?::uuid))
      ORDER BY c.created_at DESC, c.id DESC LIMIT ?`,
    [input.userId, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, window.take],
  );
  return pageOf(rows, window, newestFirstKey, (row) => ({
    id: row.id,
    application: { id: row.app_id, slug: row.slug, name: row.name },
    permissions: parseScopes(row.permissions),
    expires: iso(row.expires),
    createdAt: iso(row.created_at) ?? "",
  }));
}
