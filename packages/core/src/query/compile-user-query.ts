/** The entry point of the Users list and export: text in, a SQL condition on `u` out. */
import { compileExpression } from "./compile.js";
import { parseQuery } from "./parser.js";
import { compilePlainSearch, isPlainSearch } from "./plain-search.js";

export interface CompiledUserQuery {
  /** A boolean SQL expression over `users u`, with knex-style `?` placeholders. */
  sql: string;
  /** One value per `?`, in order: strings, booleans; lists travel as `text[]` literal strings. */
  params: unknown[];
  /** "search" for plain search (and blank input), "query" for the query language. */
  kind: "query" | "search";
}

/** Throws an AppError("BAD_REQUEST") with `queryError` (message and offsets) on invalid input. */
export function compileUserQuery(text: string): CompiledUserQuery {
  if (text.trim() === "") return { sql: "TRUE", params: [], kind: "search" };
  if (isPlainSearch(text)) return { ...compilePlainSearch(text), kind: "search" };
  return { ...compileExpression(parseQuery(text)), kind: "query" };
}
