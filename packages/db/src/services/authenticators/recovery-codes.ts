/**
 * Recovery codes (the `static` device): ten random codes, shown once, stored only as SHA-256
 * hashes (each carries 50 random bits, so a fast hash suffices), each usable once. A new set
 * replaces the old one when it is confirmed.
 */
import { randomInt } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { formatRecoveryCode, normaliseCode, recoveryCodeCount } from "@roster/core";
import { sql } from "../../sql.js";
import { hashSecret } from "../auth/secrets.js";
import { createPendingDevice } from "./devices.js";

const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

function newCode(): string {
  let raw = "";
  for (let index = 0; index < 10; index++) raw += alphabet[randomInt(alphabet.length)];
  return formatRecoveryCode(raw);
}

export async function startRecoveryCodes(em: EntityManager, userId: string): Promise<{ deviceId: string; codes: string[] }> {
  const deviceId = await createPendingDevice(em, userId, "static");
  const codes = Array.from({ length: recoveryCodeCount }, newCode);
  await sql(em, `INSERT INTO authenticator_recovery_codes (authenticator_id, code_hash) SELECT ?, unnest(?::text[])`, [deviceId, `{${codes.map((code) => hashSecret(normaliseCode(code))).join(",")}}`]);
  return { deviceId, codes };
}

/** After confirming a new set: the user's other recovery-code devices go. */
export async function dropOtherRecoveryCodes(em: EntityManager, userId: string, keepDeviceId: string): Promise<void> {
  await sql(em, "DELETE FROM authenticators WHERE user_id = ? AND type = 'static' AND id <> ?", [userId, keepDeviceId]);
}

/** Uses one unused code of the user's confirmed recovery codes; the device it belonged to, or null. */
export async function useRecoveryCode(em: EntityManager, userId: string, code: string): Promise<string | null> {
  const normalised = normaliseCode(code);
  if (normalised.length === 0) return null;
  const rows = await sql<{ authenticator_id: string }>(
    em,
    `UPDATE authenticator_recovery_codes c SET used_at = now()
       FROM authenticators a
      WHERE a.id = c.authenticator_id AND a.user_id = ? AND a.type = 'static' AND a.confirmed AND c.code_hash = ? AND c.used_at IS NULL
     RETURNING c.authenticator_id`,
    [userId, hashSecret(normalised)],
  );
  return rows[0]?.authenticator_id ?? null;
}
