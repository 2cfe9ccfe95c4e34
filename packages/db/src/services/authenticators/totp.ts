/**
 * TOTP devices (RFC 6238: 6 digits, 30 s steps, one step of drift either way). A device stores
 * the last step it accepted, and a code is accepted only for a later step, in one statement: the
 * same code, or an older one still inside the window, never works twice.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { generateSecret, generateURI, verifySync } from "otplib";
import { sql } from "../../sql.js";
import { createPendingDevice } from "./devices.js";
import { sealSeed, unsealSeed } from "./seed-sealing.js";

const period = 30;

export interface TotpSetup {
  deviceId: string;
  secret: string;
  configUrl: string;
}

export async function startTotpSetup(em: EntityManager, input: { userId: string; username: string; issuer: string; secretKey: string }): Promise<TotpSetup> {
  const secret = generateSecret();
  const deviceId = await createPendingDevice(em, input.userId, "totp", { secretSealed: sealSeed(input.secretKey, secret) });
  return { deviceId, secret, configUrl: totpConfigUrl(input.issuer, input.username, secret) };
}

/** What the QR code holds: issuer, account and seed, 6 digits every 30 s. */
export function totpConfigUrl(issuer: string, username: string, secret: string): string {
  return generateURI({ issuer, label: username, secret, period, digits: 6 });
}

/** The seed of a device of this user, for the setup challenge shown again (a reload). */
export async function deviceSeed(em: EntityManager, deviceId: string, userId: string, secretKey: string): Promise<string | null> {
  const rows = await sql<{ secret_sealed: string | null }>(em, "SELECT secret_sealed FROM authenticators WHERE id = ? AND user_id = ? AND type = 'totp'", [deviceId, userId]);
  const sealed = rows[0]?.secret_sealed;
  return sealed ? unsealSeed(secretKey, sealed) : null;
}

/** The time step the code belongs to, within one step of now, or null. */
function matchingStep(seed: string, code: string): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(Date.now() / 1000);
  const result = verifySync({ secret: seed, token: code, period, digits: 6, epoch, epochTolerance: period });
  return result.valid ? Math.floor(epoch / period) + result.delta : null;
}

/** Records the step as used, unless this or a later step was used already. */
async function acceptStep(em: EntityManager, deviceId: string, step: number): Promise<boolean> {
  const rows = await sql(em, "UPDATE authenticators SET last_step = ?, last_used = now() WHERE id = ? AND (last_step IS NULL OR last_step < ?) RETURNING id", [step, deviceId, step]);
  return rows.length > 0;
}

/** Checks a code against one device (confirmed or not): true when it matched a step not used before. */
export async function acceptTotpCode(em: EntityManager, deviceId: string, userId: string, code: string, secretKey: string): Promise<boolean> {
  const seed = await deviceSeed(em, deviceId, userId, secretKey);
  const step = seed ? matchingStep(seed, code) : null;
  return step !== null && (await acceptStep(em, deviceId, step));
}

/** Checks a code against each of the user's confirmed TOTP devices; the one that took it, or null. */
export async function acceptTotpCodeOfUser(em: EntityManager, userId: string, code: string, secretKey: string): Promise<string | null> {
  const devices = await sql<{ id: string }>(em, "SELECT id FROM authenticators WHERE user_id = ? AND type = 'totp' AND confirmed ORDER BY created_at", [userId]);
  for (const device of devices) {
    if (await acceptTotpCode(em, device.id, userId, code, secretKey)) return device.id;
  }
  return null;
}
