/** Comparisons on text columns: username, name, email, path, and the `type` choice. */
import { type Comparison, escapeLike, textArrayLiteral } from "@roster/core";
import type { SqlFragment } from "../../../sql-fragment.js";
import { caseInsensitiveLike, containsPattern, fragment, not } from "../../../sql-fragment.js";
import { scalarOf, stringOf, stringsOf } from "./values.js";

/** Columns with a `lower(col) COLLATE "C"` index, which serves `lower(col) COLLATE "C" LIKE 'x%'` as a range. */
const LOWERCASE_PREFIX_INDEXED = new Set(["u.username", "u.email"]);

export function compileTextComparison(column: string, comparison: Comparison): SqlFragment {
  const { operator, value } = comparison;
  switch (operator) {
    case "=":
      // None on a text column means the empty string: the columns are NOT NULL DEFAULT ''.
      return scalarOf(value).kind === "null" ? fragment(`${column} = ''`) : fragment(`${column} = ?`, stringOf(value));
    case "!=":
      return scalarOf(value).kind === "null" ? fragment(`${column} <> ''`) : fragment(`${column} <> ?`, stringOf(value));
    case "~":
      return caseInsensitiveLike(column, containsPattern(stringOf(value)));
    case "!~":
      return not(caseInsensitiveLike(column, containsPattern(stringOf(value))));
    case "startswith":
      return prefixMatch(column, stringOf(value));
    case "not startswith":
      return not(prefixMatch(column, stringOf(value)));
    case "endswith":
      return caseInsensitiveLike(column, `%${escapeLike(stringOf(value))}`);
    case "not endswith":
      return not(caseInsensitiveLike(column, `%${escapeLike(stringOf(value))}`));
    case "in":
      return fragment(`${column} = ANY(?::text[])`, textArrayLiteral(stringsOf(value)));
    case "not in":
      return not(fragment(`${column} = ANY(?::text[])`, textArrayLiteral(stringsOf(value))));
    default:
      throw new Error(`Operator ${operator} was not checked for ${column}.`);
  }
}

function prefixMatch(column: string, prefix: string): SqlFragment {
  if (LOWERCASE_PREFIX_INDEXED.has(column)) {
    return fragment(`lower(${column}) COLLATE "C" LIKE ?`, `${escapeLike(prefix.toLowerCase())}%`);
  }
  // Paths are case-sensitive, and `path text_pattern_ops` serves a case-sensitive LIKE prefix.
  if (column === "u.path") return fragment(`${column} LIKE ?`, `${escapeLike(prefix)}%`);
  return caseInsensitiveLike(column, `${escapeLike(prefix)}%`);
}
