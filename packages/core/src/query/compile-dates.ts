/** Comparisons on timestamp columns; a day value covers the whole UTC day. */
import type { Comparison, ComparisonOperator } from "./ast.js";
import type { FieldDefinition } from "./fields.js";
import type { SqlFragment } from "./sql.js";
import { parseDateValue } from "./dates.js";
import { sql } from "./sql.js";
import { scalarOf, stringOf } from "./values.js";

const INSTANT_COMPARATORS: Partial<Record<ComparisonOperator, string>> = {
  "=": "=",
  ">": ">",
  ">=": ">=",
  "<": "<",
  "<=": "<=",
};

export function compileDateComparison(column: string, definition: FieldDefinition, comparison: Comparison): SqlFragment {
  const { operator } = comparison;
  const value = scalarOf(comparison.value);
  if (value.kind === "null") return sql(operator === "=" ? `${column} IS NULL` : `${column} IS NOT NULL`);
  const date = parseDateValue(stringOf(value));
  if (date === undefined) throw new Error(`Date value was not checked for ${column}.`);
  // "Not on that day" includes users who never logged in, rather than dropping them as NULL.
  const orNull = definition.nullable ? `${column} IS NULL OR ` : "";
  if (date.kind === "instant") {
    const { timestamp } = date;
    if (operator === "!=") return sql(`(${orNull}${column} <> ?::timestamptz)`, timestamp);
    const comparator = INSTANT_COMPARATORS[operator];
    if (comparator === undefined) throw new Error(`Operator ${operator} was not checked for ${column}.`);
    return sql(`${column} ${comparator} ?::timestamptz`, timestamp);
  }
  const { dayStart, nextDayStart } = date;
  switch (operator) {
    case "=":
      return sql(`(${column} >= ?::timestamptz AND ${column} < ?::timestamptz)`, dayStart, nextDayStart);
    case "!=":
      return sql(`(${orNull}${column} < ?::timestamptz OR ${column} >= ?::timestamptz)`, dayStart, nextDayStart);
    case ">":
      return sql(`${column} >= ?::timestamptz`, nextDayStart);
    case ">=":
      return sql(`${column} >= ?::timestamptz`, dayStart);
    case "<":
      return sql(`${column} < ?::timestamptz`, dayStart);
    case "<=":
      return sql(`${column} < ?::timestamptz`, nextDayStart);
    default:
      throw new Error(`Operator ${operator} was not checked for ${column}.`);
  }
}
