/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser that
 * signed in as a user carries `<user id>.<random nonce>.<HMAC-SHA256 of both with the secret key>`.
 * Presented again for the same user, it lets the sign-in throttle judge that browser on its own
 * counter, so an attacker's failures elsewhere never lock its owner out. Nothing is stored: the
 * signature is the proof.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { newSecret } from "./secrets.js";

export const deviceCookieLifetimeSeconds = 365 * 24 * 3600;

function signature(secretKey: string, userId: string, nonce: string): Buffer {
  return createHmac("sha256", secretKey).update(`roster-device:${userId}:${nonce}`).digest();
}

export function signDeviceCookie(secretKey: string, userId: string): string {
  const nonce = newSecret(16);
  return `${userId}.${nonce}.${signature(secretKey, userId, nonce).toString("base64url")}`;
}

/** The cookie's nonce when it is genuine and was issued for this user; otherwise null. */
export function verifiedDeviceNonce(secretKey: string, cookie: string | null, userId: string): string | null {
  const [cookieUserId, nonce, mac, ...extra] = (cookie ?? "").split(".");
  if (!nonce || !mac || extra.length > 0 || cookieUserId !== userId) return null;
  const expected = signature(secretKey, userId, nonce);
  const given = Buffer.from(mac, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}
