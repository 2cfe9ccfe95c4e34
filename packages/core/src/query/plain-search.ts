/**
 * Input without any operator (`alice`, `bob smith`, `alice@example.com`) is a plain search.
 * Anything with an operator is a query, and an invalid query is reported, never silently
 * searched for (authentik issue #16017).
 */
import { queryErrorAt } from "./errors.js";
import { lexTolerant } from "./lexer.js";
import { checkSearchTermCount, checkStringLength } from "./limits.js";

const OPERATOR_KEYWORDS: ReadonlySet<string> = new Set(["in", "startswith", "endswith"]);

/** True when no token is an operator; text inside double quotes does not count. */
export function isPlainSearch(input: string): boolean {
  return !lexTolerant(input).some(
    (token) => token.kind === "operator" || (token.kind === "keyword" && OPERATOR_KEYWORDS.has(token.text)),
  );
}

/** The whitespace-separated terms of a plain search, each checked against the query limits. */
export function plainSearchTerms(input: string): string[] {
  const terms: string[] = [];
  for (const match of input.matchAll(/\S+/gu)) {
    const term = match[0];
    const start = match.index;
    const end = start + term.length;
    checkSearchTermCount(input, terms.length + 1, start, end);
    checkStringLength(input, term, start, end);
    const nul = term.indexOf("\0");
    if (nul >= 0) throw queryErrorAt(input, start + nul, start + nul + 1, "The NUL character is not allowed");
    terms.push(term);
  }
  return terms;
}
