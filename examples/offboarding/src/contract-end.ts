/**
 * When a user's contract ends: `attributes.contract_end`, a date (`2026-11-30`) or a full ISO
 * timestamp (its UTC day counts). A contract has ended when that day is before today.
 */
export type ContractEnd = { kind: "ended"; day: string } | { kind: "running"; day: string } | { kind: "invalid"; reason: string };

const isoDay = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/;

/** The UTC day of `date` as `YYYY-MM-DD`. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function contractEnd(attributes: Record<string, unknown>, today: string): ContractEnd {
  const value = attributes.contract_end;
  if (typeof value !== "string") return { kind: "invalid", reason: `contract_end is ${value === undefined ? "missing" : `not a date (${JSON.stringify(value)})`}` };
  const match = isoDay.exec(value.trim());
  const parsed = match ? new Date(value.trim().length === 10 ? `${value.trim()}T00:00:00Z` : value.trim()) : null;
  if (!match || !parsed || Number.isNaN(parsed.getTime())) return { kind: "invalid", reason: `contract_end is not a date (${JSON.stringify(value)})` };
  const day = dayOf(parsed);
  return { kind: day < today ? "ended" : "running", day };
}
