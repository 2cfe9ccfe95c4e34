/**
 * What the console shows for a value that is not there — an empty name, no client IP, a run
 * without an error, attributes that hold nothing — so that every page says it the same way: an
 * em dash (or a short phrase where one reads better), muted. `components/missing-value.tsx` renders it.
 */
export const missingMark = "—";

/** Nothing to show: null, undefined, blank text, an empty list or an object without keys. */
export function isMissing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object" && !(value instanceof Date)) return Object.keys(value).length === 0;
  return false;
}
