/** API tokens sent as `Authorization: Bearer <key>`; only the key's SHA-256 is stored. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { hashSecret } from "./secrets.js";
import { sql } from "../../sql.js";

export interface ResolvedToken {
  tokenId: string;
  userId: string;
  username: string;
}

/** The API token for a key, or null when unknown, expired, not an API token, or its user inactive. */
export async function resolveApiToken(em: EntityManager, key: string): Promise<ResolvedToken | null> {
  const rows = await sql<{ id: string; user_id: string; username: string; last_used: Date | null }>(em, 
    `SELECT t.id, t.user_id, u.username, t.last_used
       FROM api_tokens t JOIN users u ON u.id = t.user_id AND u.is_active
      WHERE t.key_hash = ? AND t.intent IN ('api', 'app_password') AND (NOT t.expiring OR t.expires > now())`,
    [hashSecret(key)],
  );
  const row = rows[0];
  if (!row) return null;
  if (!row.last_used || Date.now() - new Date(row.last_used).getTime() > 60_000) {
    await sql(em, "UPDATE api_tokens SET last_used = now() WHERE id = ?", [row.id]);
  }
  return { tokenId: row.id, userId: row.user_id, username: row.username };
}
