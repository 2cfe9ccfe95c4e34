import type { TSettings } from "@roster/core";
import { describe, expect, it } from "vitest";
import { describeDuration, splitDuration, toSeconds } from "../src/lib/duration";
import { changedSettingsCount, settingsFormFrom, settingsUpdateInput } from "../src/lib/settings-form";

const settings: TSettings = {
  impersonation: true,
  impersonationRequireReason: true,
  defaultTokenDurationSeconds: 86_400,
  defaultTokenLength: 60,
  uniqueEmail: false,
  eventRetentionDays: 365,
  paginationDefaultPageSize: 20,
  paginationMaxPageSize: 100,
  sessionIdleTimeoutSeconds: 43_200,
  sessionMaxAgeSeconds: 1_209_600,
  recoveryEmailIntervalSeconds: 300,
  recoveryEmailDailyLimit: 5,
};

describe("durations", () => {
  it("shows seconds in the largest unit that fits exactly", () => {
    expect(splitDuration(86_400)).toEqual({ amount: 1, unit: "days" });
    expect(splitDuration(129_600)).toEqual({ amount: 36, unit: "hours" });
    expect(splitDuration(5400)).toEqual({ amount: 90, unit: "minutes" });
    expect(describeDuration(86_400)).toBe("1 day");
    expect(describeDuration(7200)).toBe("2 hours");
  });

  it("turns what was typed back into seconds", () => {
    expect(toSeconds("2", "days")).toBe(172_800);
    expect(toSeconds("1.5", "hours")).toBe(5400);
    expect(toSeconds("", "hours")).toBeNull();
    expect(toSeconds("-1", "hours")).toBeNull();
    expect(toSeconds("0", "hours")).toBeNull();
  });
});

describe("settings form", () => {
  it("sends nothing when nothing changed", () => {
    expect(settingsUpdateInput(settingsFormFrom(settings), settings)).toEqual({ ok: true, input: {} });
    expect(changedSettingsCount(settingsFormFrom(settings), settings)).toBe(0);
  });

  it("sends only the changed fields, the duration in seconds", () => {
    const values = { ...settingsFormFrom(settings), impersonation: false, tokenDurationAmount: "12", tokenDurationUnit: "hours" as const, eventRetentionDays: "30" };
    expect(settingsUpdateInput(values, settings)).toEqual({ ok: true, input: { impersonation: false, defaultTokenDurationSeconds: 43_200, eventRetentionDays: 30 } });
  });

  it("names the field that is not a number, as the API names it", () => {
    const values = { ...settingsFormFrom(settings), paginationMaxPageSize: "many", tokenDurationAmount: "" };
    expect(settingsUpdateInput(values, settings)).toEqual({
      ok: false,
      fieldErrors: { defaultTokenDurationSeconds: ["Enter a positive number."], paginationMaxPageSize: ["Enter a whole number."] },
    });
  });
});
