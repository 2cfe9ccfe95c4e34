/**
 * Passkeys and security keys (`@simplewebauthn/server`). The relying party is the host of
 * ROSTER_PUBLIC_URL and the expected origin its origin; the challenge of each ceremony is kept in
 * the flow state, and the credential's public key and signature counter in the device row.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { sql } from "../../sql.js";
import { confirmDevice, createPendingDevice } from "./devices.js";

export interface RelyingParty {
  name: string;
  publicUrl: URL;
}

interface CredentialRow {
  id: string;
  credential_id: string;
  public_key: Buffer;
  sign_count: string;
  transports: string[];
}

async function credentialsOf(em: EntityManager, userId: string): Promise<CredentialRow[]> {
  return sql<CredentialRow>(em, "SELECT id, credential_id, public_key, sign_count, transports FROM authenticators WHERE user_id = ? AND type = 'webauthn' AND confirmed AND credential_id IS NOT NULL", [userId]);
}

export async function registrationOptions(em: EntityManager, rp: RelyingParty, user: { id: string; username: string; name: string }) {
  const existing = await credentialsOf(em, user.id);
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.publicUrl.hostname,
    userName: user.username,
    userDisplayName: user.name || user.username,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((row) => ({ id: row.credential_id, transports: row.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
}

/** Verifies a registration and stores the confirmed device; false when it does not verify. */
export async function registerCredential(em: EntityManager, rp: RelyingParty, userId: string, expectedChallenge: string, response: RegistrationResponseJSON): Promise<boolean> {
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: rp.publicUrl.origin, expectedRPID: rp.publicUrl.hostname, requireUserVerification: false });
  } catch {
    return false;
  }
  if (!verification.verified) return false;
  const { credential } = verification.registrationInfo;
  const taken = await sql(em, "SELECT 1 FROM authenticators WHERE credential_id = ?", [credential.id]);
  if (taken.length > 0) return false;
  const deviceId = await createPendingDevice(em, userId, "webauthn", {
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey),
    signCount: credential.counter,
    transports: credential.transports ?? [],
  });
  return confirmDevice(em, deviceId, userId);
}

export async function authenticationOptions(em: EntityManager, rp: RelyingParty, userId: string) {
  const credentials = await credentialsOf(em, userId);
  return generateAuthenticationOptions({
    rpID: rp.publicUrl.hostname,
    allowCredentials: credentials.map((row) => ({ id: row.credential_id, transports: row.transports })),
    userVerification: "preferred",
  });
}

/** Verifies an assertion by one of the user's credentials; the device that signed it, or null. */
export async function verifyAssertion(em: EntityManager, rp: RelyingParty, userId: string, expectedChallenge: string, response: AuthenticationResponseJSON): Promise<string | null> {
  const row = (await credentialsOf(em, userId)).find((candidate) => candidate.credential_id === response.id);
  if (!row) return null;
  try {
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.publicUrl.origin,
      expectedRPID: rp.publicUrl.hostname,
      credential: { id: row.credential_id, publicKey: new Uint8Array(row.public_key), counter: Number(row.sign_count), transports: row.transports },
      requireUserVerification: false,
    });
    if (!verification.verified) return null;
    await sql(em, "UPDATE authenticators SET sign_count = ?, last_used = now() WHERE id = ?", [verification.authenticationInfo.newCounter, row.id]);
    return row.id;
  } catch {
    return null;
  }
}
