/**
 * Recovery keys: 256-bit CSPRNG values, stored as SHA-256 in api_tokens with intent "recovery",
 * expiring. The description tells a link an admin created from a key sent by email. A new admin
 * link replaces the previous admin link ("asking again replaces the previous link"); an emailed
 * key deletes nothing, so an anonymous request can never invalidate a link an admin handed out.
 * Using any key consumes all of the user's keys.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";
import { hashSecret, newId, newSecret } from "../auth/secrets.js";

const linkDescription = "Recovery link";
const emailDescription = "Recovery email";

/** The key of an admin-created link (or the operator's recovery key). */
export async function createRecoveryToken(em: EntityManager, userId: string, expires: Date): Promise<string> {
  await sql(em, "DELETE FROM api_tokens WHERE user_id = ? AND intent = 'recovery' AND description = ?", [userId, linkDescription]);
  return insertRecoveryToken(em, userId, expires, linkDescription);
}

/** The key carried by a recovery email. */
export async function createEmailedRecoveryToken(em: EntityManager, userId: string, expires: Date): Promise<string> {
  return insertRecoveryToken(em, userId, expires, emailDescription);
}

async function insertRecoveryToken(em: EntityManager, userId: string, expires: Date, description: string): Promise<string> {
  const key = newSecret();
  await sql(
    em,
    `INSERT INTO api_tokens (id, identifier, user_id, key_hash, intent, expiring, expires, description)
     VALUES (?, ?, ?, ?, 'recovery', true, ?, ?)`,
    [newId(), `recovery-${userId}-${newSecret(6)}`, userId, hashSecret(key), expires, description],
  );
  return key;
}

/** The user the key was for, once; null when unknown, used or expired. The user's other keys go with it. */
export async function consumeRecoveryToken(em: EntityManager, key: string): Promise<string | null> {
  const rows = await sql<{ user_id: string }>(
    em,
    `WITH used AS (DELETE FROM api_tokens WHERE key_hash = ? AND intent = 'recovery' AND expires > now() RETURNING user_id),
          others AS (DELETE FROM api_tokens t USING used WHERE t.user_id = used.user_id AND t.intent = 'recovery' AND t.key_hash <> ?)
     SELECT user_id FROM used`,
    [hashSecret(key), hashSecret(key)],
  );
  return rows[0]?.user_id ?? null;
}

export { flowLink as recoveryLink } from "../flows/flow-link.js";
