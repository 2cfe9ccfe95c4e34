import { expect, it } from "vitest";
import { signDeviceCookie, verifiedDeviceNonce } from "../src/services/auth/device-cookies.js";

const key = "a-secret-key-for-tests";
const userId = "6f1c2a3e-0000-4000-8000-000000000001";
const otherUserId = "6f1c2a3e-0000-4000-8000-000000000002";

it("a device cookie is recognised for its user, with the key that signed it", () => {
  const cookie = signDeviceCookie(key, userId);
  const [, nonce] = cookie.split(".");
  expect(verifiedDeviceNonce(key, cookie, userId)).toBe(nonce);
  expect(signDeviceCookie(key, userId)).not.toBe(cookie);
});

it("a device cookie for another user, under another key, altered or malformed, is not recognised", () => {
  const cookie = signDeviceCookie(key, userId);
  const [, nonce, mac = ""] = cookie.split(".");
  expect(verifiedDeviceNonce(key, cookie, otherUserId)).toBeNull();
  expect(verifiedDeviceNonce("another-secret-key", cookie, userId)).toBeNull();
  expect(verifiedDeviceNonce(key, `${otherUserId}.${nonce}.${mac}`, otherUserId)).toBeNull();
  expect(verifiedDeviceNonce(key, `${userId}.${nonce}x.${mac}`, userId)).toBeNull();
  expect(verifiedDeviceNonce(key, `${userId}.${nonce}.${mac.slice(1)}`, userId)).toBeNull();
  expect(verifiedDeviceNonce(key, `${cookie}.extra`, userId)).toBeNull();
  expect(verifiedDeviceNonce(key, "", userId)).toBeNull();
  expect(verifiedDeviceNonce(key, null, userId)).toBeNull();
});
