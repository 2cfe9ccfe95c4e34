/** Comparisons on timestamp columns; a day value covers the whole UTC day. */
import { type Comparison, type ComparisonOperator, parseDateValue } from "@roster/core";
import type { SqlFragment } from "../../../sql-fragment.js";
import { fragment } from "../../../sql-fragment.js";
import type { UserColumn } from "./user-columns.js";
import { scalarOf, stringOf } from "./values.js";

const INSTANT_COMPARATORS: Partial<Record<ComparisonOperator, string>> = {
  "=": "=",
  ">": ">",
  ">=": ">=",
  "<": "<",
  "<=": "<=",
};

export function compileDateComparison({ column, nullable }: UserColumn, comparison: Comparison): SqlFragment {
  const { operator } = comparison;
  const value = scalarOf(comparison.value);
  if (value.kind === "null") return fragment(operator === "=" ? `${column} IS NULL` : `${column} IS NOT NULL`);
  const date = parseDateValue(stringOf(value));
  if (date === undefined) throw new Error(`Date value was not checked for ${column}.`);
  // "Not on that day" includes users who never logged in, rather than dropping them as NULL.
  const orNull = nullable ? `${column} IS NULL OR ` : "";
  if (date.kind === "instant") {
    const { timestamp } = date;
    if (operator === "!=") return fragment(`(${orNull}${column} <> ?::timestamptz)`, timestamp);
    const comparator = INSTANT_COMPARATORS[operator];
    if (comparator === undefined) throw new Error(`Operator ${operator} was not checked for ${column}.`);
    return fragment(`${column} ${comparator} ?::timestamptz`, timestamp);
  }
  const { dayStart, nextDayStart } = date;
  switch (operator) {
    case "=":
      return fragment(`(${column} >= ?::timestamptz AND ${column} < ?::timestamptz)`, dayStart, nextDayStart);
    case "!=":
      return fragment(`(${orNull}${column} < ?::timestamptz OR ${column} >= ?::timestamptz)`, dayStart, nextDayStart);
    case ">":
      return fragment(`${column} >= ?::timestamptz`, nextDayStart);
    case ">=":
      return fragment(`${column} >= ?::timestamptz`, dayStart);
    case "<":
      return fragment(`${column} < ?::timestamptz`, dayStart);
    case "<=":
      return fragment(`${column} < ?::timestamptz`, nextDayStart);
    default:
      throw new Error(`Operator ${operator} was not checked for ${column}.`);
  }
}
