/** How database values become API values, for every service's rows. */

/** A timestamp (the driver hands out Date or text) as an ISO-8601 string; null stays null. */
export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
