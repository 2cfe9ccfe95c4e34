/**
 * Text encodings for values that travel as SQL parameters. No table, column or statement lives
 * here (those belong to @roster/db); these only make a value mean exactly itself.
 */

/** Escapes LIKE wildcards so that user text matches literally (backslash is the default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/**
 * A PostgreSQL array literal (`{"a","b"}`), passed as one string parameter and cast with
 * `::text[]`. Unlike a JS array it means the same to every layer that may carry it: bound by
 * knex/pg, inlined by MikroORM's `execute`, or never expanded into a list.
 */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
}
