/** TOTP seeds are sealed (AES-256-GCM) under a key derived from ROSTER_SECRET_KEY for this purpose alone. */
import { seal, sealingKey, unseal } from "../oauth/sealed-secrets.js";

const purpose = "authenticator-totp-seed";

export function sealSeed(secretKey: string, seed: string): string {
  return seal(sealingKey(secretKey, purpose), seed);
}

/** Null when the seed was sealed under another ROSTER_SECRET_KEY: that device can no longer answer. */
export function unsealSeed(secretKey: string, sealed: string): string | null {
  return unseal(sealingKey(secretKey, purpose), sealed);
}
