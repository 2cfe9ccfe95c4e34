/**
 * Orderings of the Users list and the keyset condition that continues after a cursor. Each
 * ordering has an index on (expression, id), the id breaking ties.
 */
import type { TUserOrdering } from "@roster/core";
import type { SqlFragment } from "../../sql-fragment.js";

interface OrderingSpec {
  expression: string;
  cast: string;
  unique: boolean;
}

const orderings: Record<string, OrderingSpec> = {
  // Case-insensitive, in the "C" collation of the users_username_lower index.
  username: { expression: 'lower(u.username) COLLATE "C"', cast: "text", unique: false },
  name: { expression: "u.name", cast: "text", unique: false },
  email: { expression: "u.email", cast: "text", unique: false },
  date_joined: { expression: "u.date_joined", cast: "timestamptz", unique: false },
  last_updated: { expression: "u.last_updated", cast: "timestamptz", unique: false },
  last_login: { expression: "coalesce(u.last_login, '-infinity'::timestamptz)", cast: "timestamptz", unique: false },
};

export interface ResolvedOrdering {
  key: string;
  descending: boolean;
  spec: OrderingSpec;
}

export function resolveOrdering(ordering: TUserOrdering | undefined): ResolvedOrdering {
  const value = ordering ?? "username";
  const descending = value.startsWith("-");
  const key = descending ? value.slice(1) : value;
  return { key, descending, spec: orderings[key] ?? (orderings.username as OrderingSpec) };
}

export function orderByClause({ spec, descending }: ResolvedOrdering): string {
  const direction = descending ? "DESC" : "ASC";
  return spec.unique ? `${spec.expression} ${direction}` : `${spec.expression} ${direction}, u.id ${direction}`;
}

/** Rows strictly after the cursor's (value, id) in this ordering. */
export function afterCursor({ spec, descending }: ResolvedOrdering, values: unknown[]): SqlFragment {
  const comparison = descending ? "<" : ">";
  if (spec.unique) return { sql: `${spec.expression} ${comparison} ?::${spec.cast}`, params: [values[0]] };
  return { sql: `(${spec.expression}, u.id) ${comparison} (?::${spec.cast}, ?::uuid)`, params: values };
}

/** The sort key selected as text, so that timestamps keep their microseconds in the cursor. */
export function sortKeyColumn({ spec }: ResolvedOrdering): string {
  return `(${spec.expression})::text AS sort_key`;
}

/** The cursor values of a row selected with `sortKeyColumn`. */
export function cursorValues({ spec }: ResolvedOrdering, row: { sort_key: string; id: string }): unknown[] {
  return spec.unique ? [row.sort_key] : [row.sort_key, row.id];
}
