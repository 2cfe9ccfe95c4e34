/** "2 h ago" for lists, with the exact time for the hover title. */
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export function formatRelative(value: Date, now: Date): string {
  const difference = now.getTime() - value.getTime();
  const distance = Math.abs(difference);
  if (distance < 45_000) return "just now";
  const text = amount(distance);
  return difference >= 0 ? `${text} ago` : `in ${text}`;
}

function amount(distance: number): string {
  if (distance < hour) return `${Math.max(1, Math.round(distance / minute))} min`;
  if (distance < day) return `${Math.round(distance / hour)} h`;
  if (distance < 30 * day) return `${Math.round(distance / day)} d`;
  if (distance < 365 * day) return `${Math.round(distance / (30 * day))} mo`;
  return `${Math.round(distance / (365 * day))} y`;
}

export function formatExact(value: Date, locale?: string): string {
  return value.toLocaleString(locale, { dateStyle: "medium", timeStyle: "medium" });
}

/** Dates arrive as ISO strings from the API; a bad one is shown as missing, not as "NaN". */
export function toDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
