/**
 * Authenticator rows as the flow stages use them: a device is created unconfirmed when its setup
 * starts and confirmed once the user proved it works; only confirmed devices count at sign-in.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { defaultDeviceNames, textArrayLiteral, type TDeviceClass } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordEvent } from "../events/record-event.js";

export interface PendingDeviceFields {
  secretSealed?: string;
  credentialId?: string;
  publicKey?: Buffer;
  signCount?: number;
  transports?: string[];
}

/** A new unconfirmed device; an earlier unfinished setup of the same type is dropped. */
export async function createPendingDevice(em: EntityManager, userId: string, type: TDeviceClass, fields: PendingDeviceFields = {}): Promise<string> {
  await sql(em, "DELETE FROM authenticators WHERE user_id = ? AND type = ? AND NOT confirmed", [userId, type]);
  const id = newId();
  await sql(
    em,
    `INSERT INTO authenticators (id, user_id, type, name, confirmed, secret_sealed, credential_id, public_key, sign_count, transports)
     VALUES (?, ?, ?, ?, false, ?, ?, ?, ?, ?::text[])`,
    [id, userId, type, defaultDeviceNames[type], fields.secretSealed ?? null, fields.credentialId ?? null, fields.publicKey ?? null, fields.signCount ?? 0, textArrayLiteral(fields.transports ?? [])],
  );
  return id;
}

/** Confirms the user's pending device and writes `model_created` naming it. False when it is gone. */
export async function confirmDevice(em: EntityManager, deviceId: string, userId: string): Promise<boolean> {
  const rows = await sql<{ id: string; name: string; type: string; username: string }>(
    em,
    `UPDATE authenticators a SET confirmed = true, last_updated = now(), last_used = now()
       FROM users u WHERE a.id = ? AND a.user_id = ? AND NOT a.confirmed AND u.id = a.user_id
     RETURNING a.id, a.name, a.type, u.username`,
    [deviceId, userId],
  );
  const row = rows[0];
  if (!row) return false;
  await recordEvent(em, {
    action: "model_created",
    actor: { userId, username: row.username, impersonator: null },
    targetUserId: userId,
    context: { model: "authenticator", pk: row.id, name: row.name, type: row.type, user: row.username },
  });
  return true;
}

/** The device classes the user has a confirmed device of, among `wanted`. */
export async function confirmedDeviceClasses(em: EntityManager, userId: string, wanted: readonly TDeviceClass[]): Promise<TDeviceClass[]> {
  const rows = await sql<{ type: TDeviceClass }>(em, "SELECT DISTINCT type FROM authenticators WHERE user_id = ? AND confirmed AND type = ANY(?::text[])", [userId, textArrayLiteral(wanted)]);
  const found = new Set(rows.map((row) => row.type));
  return wanted.filter((kind) => found.has(kind));
}

export async function markDeviceUsed(em: EntityManager, deviceId: string): Promise<void> {
  await sql(em, "UPDATE authenticators SET last_used = now() WHERE id = ?", [deviceId]);
}
