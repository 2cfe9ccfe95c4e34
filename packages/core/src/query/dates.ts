/**
 * Date values of the query: a day (`"2025-01-31"`, the whole UTC day) or an ISO timestamp
 * (compared exactly).
 */
export type DateValue = { kind: "day"; dayStart: string; nextDayStart: string } | { kind: "instant"; timestamp: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-](\d{2}):?(\d{2}))?$/;

export function parseDateValue(text: string): DateValue | undefined {
  const day = DAY.exec(text);
  if (day !== null) {
    const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!isCalendarDay(year, month, dayOfMonth)) return undefined;
    return {
      kind: "day",
      dayStart: formatDayStart(year, month, dayOfMonth),
      nextDayStart: formatNextDayStart(year, month, dayOfMonth),
    };
  }
  const timestamp = TIMESTAMP.exec(text);
  if (timestamp === null) return undefined;
  const [year, month, dayOfMonth, hour, minute, second] = timestamp.slice(1, 7).map((part) => Number(part ?? 0));
  const [offsetHours, offsetMinutes] = [Number(timestamp[8] ?? 0), Number(timestamp[9] ?? 0)];
  const valid =
    isCalendarDay(year ?? 0, month ?? 0, dayOfMonth ?? 0) &&
    (hour ?? 0) <= 23 &&
    (minute ?? 0) <= 59 &&
    (second ?? 0) <= 59 &&
    offsetHours <= 15 &&
    offsetMinutes <= 59;
  if (!valid) return undefined;
  // Without an offset, PostgreSQL would use the session time zone; the query language means UTC.
  return { kind: "instant", timestamp: timestamp[7] === undefined ? `${text}Z` : text };
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= utcDate(year, month + 1, 0).getUTCDate();
}

function formatDayStart(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T00:00:00Z`;
}

function formatNextDayStart(year: number, month: number, day: number): string {
  const next = utcDate(year, month, day + 1);
  // The day after 9999-12-31 has no four-digit year; every stored timestamp is before it.
  if (next.getUTCFullYear() > 9999) return "infinity";
  return formatDayStart(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** `Date.UTC` maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
