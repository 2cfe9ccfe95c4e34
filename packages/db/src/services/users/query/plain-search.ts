/**
 * Plain search (terms checked by @roster/core's `plainSearchTerms`): every term must appear in
 * the username, name or email.
 */
import type { SqlFragment } from "./sql-fragment.js";
import { containsPattern, fragment, joinFragments } from "./sql-fragment.js";

/**
 * The expression of the `users_search_trgm` index (migrations/schema-v4-search.sql), to the
 * letter: PostgreSQL uses an expression index only for the same expression. A test pins the two.
 */
export const SEARCH_DOCUMENT = "(u.username || ' ' || u.name || ' ' || u.email)";

export function compilePlainSearch(terms: readonly string[]): SqlFragment {
  // One trigram index covers the three fields joined by spaces; a term holds no space, so it
  // can only match inside one of them, exactly as three separate ILIKEs would.
  const fragments = terms.map((term) => fragment(`${SEARCH_DOCUMENT} ILIKE ?`, containsPattern(term)));
  return fragments.length === 0 ? fragment("TRUE") : joinFragments(fragments, "AND");
}
