/**
 * Recovery keys: 256-bit CSPRNG values, stored as SHA-256 in api_tokens with intent "recovery",
 * single use (consumed by one DELETE … RETURNING) and expiring. A new key replaces the user's
 * previous ones.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";
import { hashSecret, newId, newSecret } from "../auth/secrets.js";

export async function createRecoveryToken(em: EntityManager, userId: string, expires: Date): Promise<string> {
  const key = newSecret();
  await sql(em, "DELETE FROM api_tokens WHERE user_id = ? AND intent = 'recovery'", [userId]);
  await sql(
    em,
    `INSERT INTO api_tokens (id, identifier, user_id, key_hash, intent, expiring, expires, description)
     VALUES (?, ?, ?, ?, 'recovery', true, ?, 'Recovery link')`,
    [newId(), `recovery-${userId}-${newSecret(6)}`, userId, hashSecret(key), expires],
  );
  return key;
}

/** The user the key was for, once; null when unknown, used or expired. */
export async function consumeRecoveryToken(em: EntityManager, key: string): Promise<string | null> {
  const rows = await sql<{ user_id: string }>(em, "DELETE FROM api_tokens WHERE key_hash = ? AND intent = 'recovery' AND expires > now() RETURNING user_id", [hashSecret(key)]);
  return rows[0]?.user_id ?? null;
}

export function recoveryLink(publicUrl: URL, flowSlug: string, key: string): string {
  const url = new URL(`/flow/${encodeURIComponent(flowSlug)}`, publicUrl);
  url.searchParams.set("token", key);
  return url.toString();
}
