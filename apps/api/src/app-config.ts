/** What the API needs to know about its deployment, derived once from the environment. */
import type { ApiEnv } from "./env.js";
import { parseTrustedProxies } from "./http/client-address.js";

export const sessionLifetimeSeconds = 14 * 24 * 3600;

export interface AppConfig {
  publicUrl: URL;
  trustedProxies: Set<string>;
  /** The built-in SMTP capture's folder (System > Outbox), when it runs. */
  mailCaptureDir: string | null;
}

export function appConfigFrom(env: ApiEnv): AppConfig {
  return {
    publicUrl: new URL(env.ROSTER_PUBLIC_URL),
    trustedProxies: parseTrustedProxies(env.ROSTER_TRUSTED_PROXIES),
    mailCaptureDir: env.ROSTER_MAIL_CAPTURE_DIR ?? null,
  };
}
