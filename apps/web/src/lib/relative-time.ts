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

/** The unit is chosen after rounding, so that 23 h 40 min reads "1 d", as 24 h 10 min does. */
function amount(distance: number): string {
  const minutes = Math.max(1, Math.round(distance / minute));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(distance / hour);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(distance / day);
  if (days < 30) return `${days} d`;
  const months = Math.round(distance / (30 * day));
  if (months < 12) return `${months} mo`;
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
