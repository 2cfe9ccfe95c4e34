/**
 * Comparisons on `attributes.<key…>`. Equality is jsonb containment (`@>`), which the GIN
 * `jsonb_path_ops` index serves; text and number tests extract the value with `#>` / `#>>`.
 */
import { type Comparison, type ComparisonOperator, escapeLike, type ScalarValue, textArrayLiteral } from "@roster/core";
import type { SqlFragment } from "../../../sql-fragment.js";
import { containsPattern, fragment, joinFragments, not } from "../../../sql-fragment.js";
import { itemsOf, scalarOf, stringOf } from "./values.js";

const NUMBER_COMPARATORS: Partial<Record<ComparisonOperator, string>> = { ">": ">", ">=": ">=", "<": "<", "<=": "<=" };

export function compileAttributeComparison(comparison: Comparison): SqlFragment {
  const { operator, value } = comparison;
  const { keyPath } = comparison.field;
  switch (operator) {
    case "=":
      return equals(keyPath, scalarOf(value));
    case "!=":
      return not(equals(keyPath, scalarOf(value)));
    case "in":
      return joinFragments(itemsOf(value).map((item) => equals(keyPath, item)), "OR");
    case "not in":
      return not(joinFragments(itemsOf(value).map((item) => equals(keyPath, item)), "OR"));
    case "~":
      return textMatches(keyPath, containsPattern(stringOf(value)));
    case "!~":
      return textDoesNotMatch(keyPath, containsPattern(stringOf(value)));
    case "startswith":
      return textMatches(keyPath, `${escapeLike(stringOf(value))}%`);
    case "not startswith":
      return textDoesNotMatch(keyPath, `${escapeLike(stringOf(value))}%`);
    case "endswith":
      return textMatches(keyPath, `%${escapeLike(stringOf(value))}`);
    case "not endswith":
      return textDoesNotMatch(keyPath, `%${escapeLike(stringOf(value))}`);
    default:
      return numberCompares(keyPath, operator, scalarOf(value));
  }
}

function equals(keyPath: string[], value: ScalarValue): SqlFragment {
  const leaf = value.kind === "null" ? null : value.value;
  const containment = fragment("u.attributes @> ?::jsonb", JSON.stringify(nest(keyPath, leaf)));
  if (value.kind !== "null") return containment;
  // None matches a missing key as well as an explicit JSON null.
  return fragment(
    `((u.attributes #> ?::text[]) IS NULL OR ${containment.sql})`,
    textArrayLiteral(keyPath),
    ...containment.params,
  );
}

function textMatches(keyPath: string[], pattern: string): SqlFragment {
  return fragment("(u.attributes #>> ?::text[]) ILIKE ?", textArrayLiteral(keyPath), pattern);
}

/** A user without the key does not contain the text either, so it must not vanish as NULL. */
function textDoesNotMatch(keyPath: string[], pattern: string): SqlFragment {
  return fragment("NOT coalesce((u.attributes #>> ?::text[]) ILIKE ?, false)", textArrayLiteral(keyPath), pattern);
}

function numberCompares(keyPath: string[], operator: ComparisonOperator, value: ScalarValue): SqlFragment {
  const comparator = NUMBER_COMPARATORS[operator];
  if (comparator === undefined || value.kind !== "number") {
    throw new Error(`Operator ${operator} was not checked for attributes.`);
  }
  // CASE, not AND: PostgreSQL may evaluate either side of AND first, and a text value cast to
  // numeric would fail the whole query.
  return fragment(
    `CASE WHEN jsonb_typeof(u.attributes #> ?::text[]) = 'number' THEN (u.attributes #>> ?::text[])::numeric ${comparator} ?::numeric ELSE false END`,
    textArrayLiteral(keyPath),
    textArrayLiteral(keyPath),
    value.text,
  );
}

/** ["a", "b"], "x" → {"a": {"b": "x"}}. */
function nest(keyPath: readonly string[], leaf: unknown): unknown {
  return keyPath.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf);
}
