/**
 * The System › Settings form: its values as typed (numbers as text, durations as an amount and a
 * unit) and the `settings.update` input, which names only the fields that changed.
 */
import type { TSettings, TSettingsUpdate } from "@roster/core";
import { splitDuration, toSeconds, type DurationUnit } from "./duration";

/** Settings stored in seconds and edited as an amount of minutes, hours or days. */
export const durationSettings = ["defaultTokenDurationSeconds", "sessionIdleTimeoutSeconds", "sessionMaxAgeSeconds", "recoveryEmailIntervalSeconds"] as const;
export type DurationSetting = (typeof durationSettings)[number];

export const numberSettings = ["defaultTokenLength", "eventRetentionDays", "paginationDefaultPageSize", "paginationMaxPageSize", "recoveryEmailDailyLimit"] as const;
export type NumberSetting = (typeof numberSettings)[number];

/** Zero means "no wait" for the recovery-email interval; every other duration must be positive. */
const zeroAllowed: ReadonlySet<DurationSetting> = new Set(["recoveryEmailIntervalSeconds"]);

export interface DurationValue {
  amount: string;
  unit: DurationUnit;
}

export interface SettingsFormValues {
  impersonation: boolean;
  impersonationRequireReason: boolean;
  uniqueEmail: boolean;
  durations: Record<DurationSetting, DurationValue>;
  numbers: Record<NumberSetting, string>;
}

function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

export function settingsFormFrom(settings: TSettings): SettingsFormValues {
  return {
    impersonation: settings.impersonation,
    impersonationRequireReason: settings.impersonationRequireReason,
    uniqueEmail: settings.uniqueEmail,
    durations: recordOf(durationSettings, (key) => {
      const { amount, unit } = splitDuration(settings[key]);
      return { amount: String(amount), unit };
    }),
    numbers: recordOf(numberSettings, (key) => String(settings[key])),
  };
}

const wholeNumber = "Enter a whole number.";

function readWhole(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

function readDuration(setting: DurationSetting, { amount, unit }: DurationValue): number | null {
  if (zeroAllowed.has(setting) && /^\s*0+(\.0+)?\s*$/.test(amount)) return 0;
  return toSeconds(amount, unit);
}

export type SettingsInput = { ok: true; input: TSettingsUpdate } | { ok: false; fieldErrors: Record<string, string[]> };

/** Field errors use the API's field names, so the server's messages land under the same fields. */
export function settingsUpdateInput(values: SettingsFormValues, current: TSettings): SettingsInput {
  const fieldErrors: Record<string, string[]> = {};
  const next: Partial<TSettings> = { impersonation: values.impersonation, impersonationRequireReason: values.impersonationRequireReason, uniqueEmail: values.uniqueEmail };
  for (const key of durationSettings) {
    const seconds = readDuration(key, values.durations[key]);
    if (seconds === null) fieldErrors[key] = [zeroAllowed.has(key) ? "Enter zero or a positive number." : "Enter a positive number."];
    else next[key] = seconds;
  }
  for (const key of numberSettings) {
    const value = readWhole(values.numbers[key]);
    if (value === null) fieldErrors[key] = [wholeNumber];
    else next[key] = value;
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof TSettings)[]) {
    if (current[key] !== next[key]) input[key] = next[key];
  }
  return { ok: true, input };
}

/** The changed fields' count, for the Save button's state. */
export function changedSettingsCount(values: SettingsFormValues, current: TSettings): number {
  const result = settingsUpdateInput(values, current);
  return result.ok ? Object.keys(result.input).length : 1;
}
