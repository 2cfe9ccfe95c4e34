/**
 * The provider's signing keys, kept in PostgreSQL so that every replica signs with the same key
 * and publishes the same JWKS; sealed with a key derived from ROSTER_SECRET_KEY. Generated on the
 * first start (under an advisory lock, so two replicas starting together make one), rotated by
 * `rotateSigningKey`: the new key signs, the old one stays published (for tokens it signed) until
 * it is deleted.
 */
import { generateKeyPairSync, type JsonWebKey } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";
import { newId, newSecret } from "../auth/secrets.js";
import { seal, unseal, type SealingKey } from "./sealed-secrets.js";

export type SigningJwk = JsonWebKey & { kid: string; alg: string; use: string };

function newSigningJwk(): SigningJwk {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: newSecret(12), alg: "RS256", use: "sig" };
}

async function insertKey(em: EntityManager, sealing: SealingKey): Promise<void> {
  const jwk = newSigningJwk();
  await sql(em, "INSERT INTO oauth_signing_keys (id, kid, sealed_jwk) VALUES (?, ?, ?)", [newId(), jwk.kid, seal(sealing, JSON.stringify(jwk))]);
}

async function readableKeys(em: EntityManager, sealing: SealingKey): Promise<{ jwks: SigningJwk[]; unreadable: number }> {
  const rows = await sql<{ sealed_jwk: string }>(em, "SELECT sealed_jwk FROM oauth_signing_keys ORDER BY retired_at IS NOT NULL, created_at DESC");
  const jwks: SigningJwk[] = [];
  for (const row of rows) {
    const text = unseal(sealing, row.sealed_jwk);
    if (text) jwks.push(JSON.parse(text) as SigningJwk);
  }
  return { jwks, unreadable: rows.length - jwks.length };
}

/**
 * The keys, the signing one first. When none can be unsealed (a first start, or ROSTER_SECRET_KEY
 * changed) a new one is made; `onUnreadable` hears how many stored keys could not be read.
 */
export async function loadSigningKeys(em: EntityManager, sealing: SealingKey, onUnreadable: (count: number) => void = () => undefined): Promise<SigningJwk[]> {
  return em.transactional(async (tx) => {
    await sql(tx, "SELECT pg_advisory_xact_lock(727013)");
    let keys = await readableKeys(tx, sealing);
    if (keys.jwks.length === 0) {
      await insertKey(tx, sealing);
      keys = { jwks: (await readableKeys(tx, sealing)).jwks, unreadable: keys.unreadable };
    }
    if (keys.unreadable > 0) onUnreadable(keys.unreadable);
    return keys.jwks;
  });
}

/** Makes a new signing key and retires the others (still published). Replicas load it when they restart. */
export async function rotateSigningKey(em: EntityManager, sealing: SealingKey): Promise<void> {
  await em.transactional(async (tx) => {
    await sql(tx, "SELECT pg_advisory_xact_lock(727013)");
    await sql(tx, "UPDATE oauth_signing_keys SET retired_at = now() WHERE retired_at IS NULL");
    await insertKey(tx, sealing);
  });
}
