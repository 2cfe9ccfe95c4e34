/** Durations stored in seconds, edited as an amount of minutes, hours or days. */
export type DurationUnit = "minutes" | "hours" | "days";

export const durationUnits: { value: DurationUnit; label: string; seconds: number }[] = [
  { value: "minutes", label: "minutes", seconds: 60 },
  { value: "hours", label: "hours", seconds: 3600 },
  { value: "days", label: "days", seconds: 86_400 },
];

function unitSeconds(unit: DurationUnit): number {
  return durationUnits.find((entry) => entry.value === unit)?.seconds ?? 1;
}

/** The largest unit that holds the duration exactly: 86400 → 1 day, 5400 → 90 minutes. */
export function splitDuration(seconds: number): { amount: number; unit: DurationUnit } {
  for (const unit of [...durationUnits].reverse()) {
    if (seconds >= unit.seconds && seconds % unit.seconds === 0) return { amount: seconds / unit.seconds, unit: unit.value };
  }
  return { amount: Math.round((seconds / 60) * 100) / 100, unit: "minutes" };
}

/** Seconds for an amount as typed, or null when it is not a positive number. */
export function toSeconds(amount: string, unit: DurationUnit): number | null {
  const text = amount.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  if (!(value > 0)) return null;
  return Math.round(value * unitSeconds(unit));
}

/** "1 day", "36 hours", "90 minutes". */
export function describeDuration(seconds: number): string {
  const { amount, unit } = splitDuration(seconds);
  const singular = unit.slice(0, -1);
  return `${amount.toLocaleString("en")} ${amount === 1 ? singular : unit}`;
}
