/** What the API needs to know about its deployment, derived once from the environment. */
import type { ApiEnv } from "./env.js";
import { parseTrustedProxies } from "./http/client-address.js";

export const sessionLifetimeSeconds = 14 * 24 * 3600;

export interface AppConfig {
  publicUrl: URL;
  trustedProxies: Set<string>;
  /** Whether the built-in SMTP capture is running (System > Outbox). */
  devMailCapture: boolean;
}

export function appConfigFrom(env: ApiEnv): AppConfig {
  return {
    publicUrl: new URL(env.ROSTER_PUBLIC_URL),
    trustedProxies: parseTrustedProxies(env.ROSTER_TRUSTED_PROXIES),
    devMailCapture: env.ROSTER_DEV_MAIL_CAPTURE === "1",
  };
}
