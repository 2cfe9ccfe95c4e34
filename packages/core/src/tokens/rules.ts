/** Token rules that need no database: expiry, key length, messages. */
import { AppError } from "../errors.js";

export const tokenMessages = {
  identifierTaken: "A token with this identifier already exists.",
  expiresInPast: "The expiry date must be in the future.",
  userMissing: "This user does not exist.",
} as const;

/**
 * When a token expires: never when not expiring; otherwise the date asked for (which must lie
 * ahead), else the current one, else now plus the default duration.
 */
export function tokenExpiry(
  input: { expiring: boolean; expires?: string | null | undefined },
  current: Date | null,
  defaultDurationSeconds: number,
  now: Date = new Date(),
): Date | null {
  if (!input.expiring) return null;
  if (input.expires) {
    const expires = new Date(input.expires);
    if (expires.getTime() <= now.getTime()) throw AppError.field("expires", tokenMessages.expiresInPast);
    return expires;
  }
  return current ?? new Date(now.getTime() + defaultDurationSeconds * 1000);
}

/** Key length in characters: the setting, but never under 256 bits of base64url (43 characters). */
export function tokenKeyLength(defaultTokenLength: number): number {
  return Math.max(43, defaultTokenLength);
}

/** The identifier of a service account's token. */
export function serviceAccountTokenIdentifier(username: string): string {
  return `service-account-${username}-token`;
}
