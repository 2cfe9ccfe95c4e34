/**
 * The System › Settings form: its values as typed (numbers as text, the token duration as an
 * amount and a unit) and the `settings.update` input, which names only the fields that changed.
 */
import type { TSettings, TSettingsUpdate } from "@roster/core";
import { splitDuration, toSeconds, type DurationUnit } from "./duration";

export interface SettingsFormValues {
  impersonation: boolean;
  impersonationRequireReason: boolean;
  tokenDurationAmount: string;
  tokenDurationUnit: DurationUnit;
  defaultTokenLength: string;
  uniqueEmail: boolean;
  eventRetentionDays: string;
  paginationDefaultPageSize: string;
  paginationMaxPageSize: string;
}

export function settingsFormFrom(settings: TSettings): SettingsFormValues {
  const duration = splitDuration(settings.defaultTokenDurationSeconds);
  return {
    impersonation: settings.impersonation,
    impersonationRequireReason: settings.impersonationRequireReason,
    tokenDurationAmount: String(duration.amount),
    tokenDurationUnit: duration.unit,
    defaultTokenLength: String(settings.defaultTokenLength),
    uniqueEmail: settings.uniqueEmail,
    eventRetentionDays: String(settings.eventRetentionDays),
    paginationDefaultPageSize: String(settings.paginationDefaultPageSize),
    paginationMaxPageSize: String(settings.paginationMaxPageSize),
  };
}

const wholeNumber = "Enter a whole number.";

function readWhole(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

export type SettingsInput = { ok: true; input: TSettingsUpdate } | { ok: false; fieldErrors: Record<string, string[]> };

/** Field errors use the API's field names, so the server's messages land under the same fields. */
export function settingsUpdateInput(values: SettingsFormValues, current: TSettings): SettingsInput {
  const fieldErrors: Record<string, string[]> = {};
  const next: Partial<TSettings> = { impersonation: values.impersonation, impersonationRequireReason: values.impersonationRequireReason, uniqueEmail: values.uniqueEmail };
  const duration = toSeconds(values.tokenDurationAmount, values.tokenDurationUnit);
  if (duration === null) fieldErrors.defaultTokenDurationSeconds = ["Enter a positive number."];
  else next.defaultTokenDurationSeconds = duration;
  for (const key of ["defaultTokenLength", "eventRetentionDays", "paginationDefaultPageSize", "paginationMaxPageSize"] as const) {
    const value = readWhole(values[key]);
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
