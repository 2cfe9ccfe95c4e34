/**
 * Whether two settings objects hold the same values. PostgreSQL's jsonb reorders keys, so the
 * stored settings are compared with sorted keys rather than as text.
 */
export function sameSettings(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, sortedKeys(item)]));
  }
  return value;
}
