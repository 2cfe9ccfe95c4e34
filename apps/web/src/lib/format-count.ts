/** Counts as the API gives them: exact, or an estimate marked "~" ("20 of ~1.2M"). */
export interface Count {
  value: number;
  exact: boolean;
}

export function formatNumber(value: number): string {
  if (value < 10_000) return value.toLocaleString("en");
  const units: [number, string][] = [
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "k"],
  ];
  for (const [size, unit] of units) {
    if (value >= size) {
      const scaled = value / size;
      return `${scaled >= 100 ? Math.round(scaled) : Number(scaled.toFixed(1))}${unit}`;
    }
  }
  return String(value);
}

export function formatCount(count: Count): string {
  return `${count.exact ? "" : "~"}${formatNumber(count.value)}`;
}

export function shownOf(shown: number, count: Count | null): string {
  return count ? `${formatNumber(shown)} of ${formatCount(count)}` : formatNumber(shown);
}
