import { describe, expect, it } from "vitest";
import { expirySummary, serviceAccountExpiry } from "../src/lib/token-expiry";
import { fromDateTimeLocal } from "../src/lib/token-form";

const now = new Date("2026-12-01T12:00:00Z");

describe("token expiry in words", () => {
  it("says when a token expires, that it never does, or that the default applies", () => {
    expect(expirySummary(false, "", now)).toBe("Never expires: works until deleted.");
    expect(expirySummary(true, "", now)).toBe("Expires after the default token duration (System › Settings).");
    expect(expirySummary(true, "not a date", now)).toBe("Enter a valid date and time.");
    expect(expirySummary(true, "2026-11-30T10:00", now)).toBe("That time has passed: choose one in the future.");
    expect(expirySummary(true, serviceAccountExpiry(now), now, "en-GB")).toMatch(/^Expires in 1 y \(1 Dec 2027, \d\d:00:00\)\.$/);
  });

  it("starts a service account's token one year ahead", () => {
    const expires = new Date(fromDateTimeLocal(serviceAccountExpiry(now)) ?? "");
    expect(expires.getTime() - now.getTime()).toBe(365 * 24 * 60 * 60 * 1000);
  });
});
