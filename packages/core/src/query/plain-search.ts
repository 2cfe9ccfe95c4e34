/**
 * Input without any operator (`alice`, `bob smith`, `alice@example.com`) is a plain search.
 * Anything with an operator is a query, and an invalid query is reported, never silently
 * searched for (authentik issue #16017).
 */
import type { SqlFragment } from "./sql.js";
import { queryErrorAt } from "./errors.js";
import { lexTolerant } from "./lexer.js";
import { checkSearchTermCount, checkStringLength } from "./limits.js";
import { containsPattern, joinFragments, sql } from "./sql.js";

const OPERATOR_KEYWORDS: ReadonlySet<string> = new Set(["in", "startswith", "endswith"]);

/** True when no token is an operator; text inside double quotes does not count. */
export function isPlainSearch(input: string): boolean {
  return !lexTolerant(input).some(
    (token) => token.kind === "operator" || (token.kind === "keyword" && OPERATOR_KEYWORDS.has(token.text)),
  );
}

/** The expression of the users_search_trgm index. */
export const SEARCH_DOCUMENT = "(u.username || ' ' || u.name || ' ' || u.email)";

/** Every whitespace-separated term must appear in the username, name or email. */
export function compilePlainSearch(input: string): SqlFragment {
  const terms = [...input.matchAll(/\S+/gu)];
  const fragments: SqlFragment[] = [];
  for (const match of terms) {
    const term = match[0];
    const start = match.index;
    const end = start + term.length;
    checkSearchTermCount(input, fragments.length + 1, start, end);
    checkStringLength(input, term, start, end);
    const nul = term.indexOf("\0");
    if (nul >= 0) throw queryErrorAt(input, start + nul, start + nul + 1, "The NUL character is not allowed");
    // One trigram index covers the three fields joined by spaces; a term holds no space, so it
    // can only match inside one of them, exactly as three separate ILIKEs would.
    fragments.push(sql(`${SEARCH_DOCUMENT} ILIKE ?`, containsPattern(term)));
  }
  return fragments.length === 0 ? sql("TRUE") : joinFragments(fragments, "AND");
}
