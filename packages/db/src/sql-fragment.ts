import { escapeLike } from "@roster/core";

/**
 * Parametrised SQL pieces with knex-style `?` placeholders. User text only ever travels in
 * `params`; the SQL text is built from constants, so it never holds a `?` that is not a placeholder
 * (which is why the jsonb `?` operators are never used).
 */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export function fragment(text: string, ...params: unknown[]): SqlFragment {
  return { sql: text, params };
}

export function not(fragment: SqlFragment): SqlFragment {
  return { sql: `NOT (${fragment.sql})`, params: fragment.params };
}

/** Joins fragments with AND / OR inside parentheses; a single fragment is returned as is. */
export function joinFragments(fragments: readonly SqlFragment[], connective: "AND" | "OR"): SqlFragment {
  const [only] = fragments;
  if (fragments.length === 1 && only !== undefined) return only;
  return {
    sql: `(${fragments.map((fragment) => fragment.sql).join(` ${connective} `)})`,
    params: fragments.flatMap((fragment) => fragment.params),
  };
}

/**
 * The columns with a trigram index on `lower(column)` (migrations/schema-v12-search.sql; a test
 * pins them). Their case-insensitive LIKE is written `lower(column) LIKE lower(?)`, which is what
 * ILIKE does and what those indexes, and their statistics, are for.
 */
export const TRIGRAM_COLUMNS: ReadonlySet<string> = new Set(["u.username", "u.name", "u.email"]);

/** `column ILIKE ?`, in the form its trigram index serves. */
export function caseInsensitiveLike(column: string, pattern: string): SqlFragment {
  return TRIGRAM_COLUMNS.has(column) ? fragment(`lower(${column}) LIKE lower(?)`, pattern) : fragment(`${column} ILIKE ?`, pattern);
}

export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
