/** `users.authenticators` and `authenticators.mine`: a user's devices, newest first, keyset-paged. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { type TAuthenticator, type TAuthenticatorType } from "@roster/core";
import { newestFirstKey, newestFirstWindow, type UserRecordsRequest } from "../../paging/checked-keys.js";
import { pageOf, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { iso } from "../../sql-values.js";

interface AuthenticatorRow {
  id: string;
  type: TAuthenticatorType;
  name: string;
  confirmed: boolean;
  created_at: Date;
  last_updated: Date;
  last_used: Date | null;
  created_key: string;
}

const columns = "id, type, name, confirmed, created_at, last_updated, last_used, created_at::text AS created_key";

function toAuthenticator(row: AuthenticatorRow): TAuthenticator {
  return { id: row.id, type: row.type, name: row.name, confirmed: row.confirmed, createdAt: iso(row.created_at) ?? "", lastUpdated: iso(row.last_updated) ?? "", lastUsed: iso(row.last_used) };
}

export async function getAuthenticator(em: EntityManager, id: string): Promise<TAuthenticator | null> {
  const rows = await sql<AuthenticatorRow>(em, `SELECT ${columns} FROM authenticators WHERE id = ?`, [id]);
  return rows[0] ? toAuthenticator(rows[0]) : null;
}

export async function listAuthenticators(em: EntityManager, input: UserRecordsRequest): Promise<Page<TAuthenticator>> {
  const window = newestFirstWindow(input);
  const { after } = window;
  const rows = await sql<AuthenticatorRow>(
    em,
    `SELECT ${columns} FROM authenticators
      WHERE user_id = ? AND (?::timestamptz IS NULL OR (created_at, id) < (?::timestamptz, ?::uuid))
      ORDER BY created_at DESC, id DESC LIMIT ?`,
    [input.userId, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, window.take],
  );
  return pageOf(rows, window, newestFirstKey, toAuthenticator);
}
