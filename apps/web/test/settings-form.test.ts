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

  it("shows every duration in the largest unit that fits, and every number as typed text", () => {
    const values = settingsFormFrom(settings);
    expect(values.durations).toEqual({
      defaultTokenDurationSeconds: { amount: "1", unit: "days" },
      sessionIdleTimeoutSeconds: { amount: "12", unit: "hours" },
      sessionMaxAgeSeconds: { amount: "14", unit: "days" },
      recoveryEmailIntervalSeconds: { amount: "5", unit: "minutes" },
    });
    expect(values.numbers.recoveryEmailDailyLimit).toBe("5");
  });

  it("sends only the changed fields, the duration in seconds", () => {
    const start = settingsFormFrom(settings);
    const values = {
      ...start,
      impersonation: false,
      durations: { ...start.durations, defaultTokenDurationSeconds: { amount: "12", unit: "hours" as const } },
      numbers: { ...start.numbers, eventRetentionDays: "30" },
    };
    expect(settingsUpdateInput(values, settings)).toEqual({ ok: true, input: { impersonation: false, defaultTokenDurationSeconds: 43_200, eventRetentionDays: 30 } });
  });

  it("sends the session and recovery settings in seconds and as a count", () => {
    const start = settingsFormFrom(settings);
    const values = {
      ...start,
      durations: {
        ...start.durations,
        sessionIdleTimeoutSeconds: { amount: "30", unit: "minutes" as const },
        sessionMaxAgeSeconds: { amount: "1", unit: "days" as const },
        recoveryEmailIntervalSeconds: { amount: "1", unit: "hours" as const },
      },
      numbers: { ...start.numbers, recoveryEmailDailyLimit: "3" },
    };
    expect(settingsUpdateInput(values, settings)).toEqual({
      ok: true,
      input: { sessionIdleTimeoutSeconds: 1800, sessionMaxAgeSeconds: 86_400, recoveryEmailIntervalSeconds: 3600, recoveryEmailDailyLimit: 3 },
    });
    expect(changedSettingsCount(values, settings)).toBe(4);
  });

  it("accepts no wait between recovery emails, but not a zero session length", () => {
    const start = settingsFormFrom(settings);
    const noWait = { ...start, durations: { ...start.durations, recoveryEmailIntervalSeconds: { amount: "0", unit: "minutes" as const } } };
    expect(settingsUpdateInput(noWait, settings)).toEqual({ ok: true, input: { recoveryEmailIntervalSeconds: 0 } });
    expect(settingsFormFrom({ ...settings, recoveryEmailIntervalSeconds: 0 }).durations.recoveryEmailIntervalSeconds).toEqual({ amount: "0", unit: "minutes" });
    const zeroSession = { ...start, durations: { ...start.durations, sessionMaxAgeSeconds: { amount: "0", unit: "days" as const } } };
    expect(settingsUpdateInput(zeroSession, settings)).toEqual({ ok: false, fieldErrors: { sessionMaxAgeSeconds: ["Enter a positive number."] } });
  });

  it("names the field that is not a number, as the API names it", () => {
    const start = settingsFormFrom(settings);
    const values = {
      ...start,
      durations: { ...start.durations, defaultTokenDurationSeconds: { amount: "", unit: "days" as const }, recoveryEmailIntervalSeconds: { amount: "soon", unit: "minutes" as const } },
      numbers: { ...start.numbers, paginationMaxPageSize: "many", recoveryEmailDailyLimit: "2.5" },
    };
    expect(settingsUpdateInput(values, settings)).toEqual({
      ok: false,
      fieldErrors: {
        defaultTokenDurationSeconds: ["Enter a positive number."],
        recoveryEmailIntervalSeconds: ["Enter zero or a positive number."],
        paginationMaxPageSize: ["Enter a whole number."],
        recoveryEmailDailyLimit: ["Enter a whole number."],
      },
    });
  });
});
