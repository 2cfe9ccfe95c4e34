/**
 * A token's expiry in words, under the form's Expires field, so that no token expires silently:
 * "Expires in 1 y (3 Dec 2027, 20:50:00)", "Never expires: works until deleted", or — left empty
 * in Create token — "Expires after the default token duration (System › Settings)".
 */
import { formatExact, formatRelative } from "./relative-time";
import { fromDateTimeLocal, toDateTimeLocal } from "./token-form";

const day = 24 * 60 * 60 * 1000;

export function expirySummary(expiring: boolean, expires: string, now: Date, locale?: string): string {
  if (!expiring) return "Never expires: works until deleted.";
  if (expires.trim() === "") return "Expires after the default token duration (System › Settings).";
  const iso = fromDateTimeLocal(expires);
  if (!iso) return "Enter a valid date and time.";
  const date = new Date(iso);
  if (date.getTime() <= now.getTime()) return "That time has passed: choose one in the future.";
  return `Expires ${formatRelative(date, now)} (${formatExact(date, locale)}).`;
}

/**
 * A service account's token serves another system for a long time: its form starts one year
 * ahead, as authentik's does, rather than at the default duration meant for people's tokens.
 */
export function serviceAccountExpiry(now: Date): string {
  return toDateTimeLocal(new Date(now.getTime() + 365 * day));
}
