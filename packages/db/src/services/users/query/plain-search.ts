/**
 * Plain search (terms checked by @roster/core's `plainSearchTerms`): every term must appear in
 * the username, name or email.
 */
import type { SqlFragment } from "../../../sql-fragment.js";
import { caseInsensitiveLike, containsPattern, fragment, joinFragments } from "../../../sql-fragment.js";

/**
 * The searched columns. Each has a trigram index on its lower case, which serves a rare term (one
 * BitmapOr of the three); a common term is filtered on the entries of users_username_lower, which
 * carries all three (migrations/schema-v11-list-pages.sql), while the list is read in order. Tests
 * pin both.
 */
export const SEARCHED_COLUMNS = ["u.username", "u.name", "u.email"] as const;

export function compilePlainSearch(terms: readonly string[]): SqlFragment {
  // A term holds no whitespace, so it matches inside one field or not at all.
  const fragments = terms.map((term) => joinFragments(SEARCHED_COLUMNS.map((column) => caseInsensitiveLike(column, containsPattern(term))), "OR"));
  return fragments.length === 0 ? fragment("TRUE") : joinFragments(fragments, "AND");
}
