/**
 * The entry point of the Users list and export on the pure side: text in, either the terms of a
 * plain search or a checked query tree out. The db package compiles either into SQL.
 */
import type { QueryExpression } from "./ast.js";
import { parseQuery } from "./parser.js";
import { isPlainSearch, plainSearchTerms } from "./plain-search.js";

export type CheckedUserQuery = { kind: "search"; terms: string[] } | { kind: "query"; expression: QueryExpression };

/** Throws an AppError("BAD_REQUEST") with `queryError` (message and offsets) on invalid input. */
export function checkUserQuery(text: string): CheckedUserQuery {
  if (text.trim() === "" || isPlainSearch(text)) return { kind: "search", terms: plainSearchTerms(text) };
  return { kind: "query", expression: parseQuery(text) };
}
