/**
 * Secrets Roster must read back (OAuth client secrets, signing keys) are sealed with AES-256-GCM
 * under a key derived from ROSTER_SECRET_KEY by HKDF, so a copy of the database alone reveals none
 * of them. A sealed value is `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

export interface SealingKey {
  readonly key: Buffer;
}

export function sealingKey(secretKey: string, purpose: string): SealingKey {
  return { key: Buffer.from(hkdfSync("sha256", secretKey, "roster-sealed-secrets", purpose, 32)) };
}

export function seal(sealing: SealingKey, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealing.key, iv);
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** The plaintext, or null when the value was sealed under another key (or is damaged). */
export function unseal(sealing: SealingKey, sealed: string): string | null {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", sealing.key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
