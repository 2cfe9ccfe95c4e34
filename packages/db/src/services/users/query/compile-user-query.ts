/** The entry point of the Users list and export: text in, a SQL condition on `users u` out. */
import { checkUserQuery } from "@roster/core";
import type { SqlFragment } from "../../../sql-fragment.js";
import { compileExpression } from "./compile-expression.js";
import { compilePlainSearch } from "./plain-search.js";

/** A boolean SQL expression over `users u`; lists travel in its params as `text[]` literal strings. */
export interface CompiledUserQuery extends SqlFragment {
  /** "search" for plain search (and blank input), "query" for the query language. */
  kind: "query" | "search";
}

/** Throws an AppError("BAD_REQUEST") with `queryError` (message and offsets) on invalid input. */
export function compileUserQuery(text: string): CompiledUserQuery {
  const checked = checkUserQuery(text);
  if (checked.kind === "search") return { ...compilePlainSearch(checked.terms), kind: "search" };
  return { ...compileExpression(checked.expression), kind: "query" };
}
