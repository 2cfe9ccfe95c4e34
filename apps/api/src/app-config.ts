/** What the API needs to know about its deployment, derived once from the environment. */
import { randomBytes } from "node:crypto";
import type { ApiEnv } from "./env.js";
import { parseTrustedProxies } from "./http/client-address.js";

export const sessionLifetimeSeconds = 14 * 24 * 3600;

export interface AppConfig {
  publicUrl: URL;
  trustedProxies: Set<string>;
  /** The built-in SMTP capture's folder (System > Outbox), when it runs. */
  mailCaptureDir: string | null;
  /** Signs device cookies (sign-in throttling); seals TOTP seeds and OAuth secrets. */
  secretKey: string;
}

export function appConfigFrom(env: ApiEnv): AppConfig {
  return {
    publicUrl: new URL(env.ROSTER_PUBLIC_URL),
    trustedProxies: parseTrustedProxies(env.ROSTER_TRUSTED_PROXIES),
    mailCaptureDir: env.ROSTER_MAIL_CAPTURE_DIR ?? null,
    secretKey: env.ROSTER_SECRET_KEY ?? processSecretKey(),
  };
}

let generatedSecretKey: string | undefined;

/** Without ROSTER_SECRET_KEY the API still runs, but what it signs or seals lasts only as long as this process. */
function processSecretKey(): string {
  if (!generatedSecretKey) {
    generatedSecretKey = randomBytes(32).toString("base64url");
    console.warn("ROSTER_SECRET_KEY is not set: device cookies are signed, and TOTP seeds sealed, with a random key that is forgotten when the API restarts.");
  }
  return generatedSecretKey;
}
