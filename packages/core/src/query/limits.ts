/**
 * Cost bounds of one query, so that a pasted or generated query cannot make PostgreSQL (or the
 * recursive-descent parser) work without end.
 */
import { queryErrorAt } from "./errors.js";

export const QUERY_LIMITS = {
  /** Levels of nested parentheses. */
  depth: 10,
  /** Comparisons in a query, or terms in a plain search. */
  comparisons: 50,
  /** Values in one `in (…)` list. */
  listValues: 1000,
  /** Characters in one string value or search term. */
  stringLength: 1000,
} as const;

export function checkDepth(text: string, depth: number, start: number, end: number): void {
  if (depth > QUERY_LIMITS.depth) {
    throw queryErrorAt(text, start, end, `Query is nested more than ${QUERY_LIMITS.depth} parentheses deep`);
  }
}

export function checkComparisonCount(text: string, count: number, start: number, end: number): void {
  if (count > QUERY_LIMITS.comparisons) {
    throw queryErrorAt(text, start, end, `Query has more than ${QUERY_LIMITS.comparisons} comparisons`);
  }
}

export function checkSearchTermCount(text: string, count: number, start: number, end: number): void {
  if (count > QUERY_LIMITS.comparisons) {
    throw queryErrorAt(text, start, end, `Search has more than ${QUERY_LIMITS.comparisons} words`);
  }
}

export function checkListLength(text: string, count: number, start: number, end: number): void {
  if (count > QUERY_LIMITS.listValues) {
    throw queryErrorAt(text, start, end, `List has more than ${withThousands(QUERY_LIMITS.listValues)} values`);
  }
}

export function checkStringLength(text: string, value: string, start: number, end: number): void {
  if (value.length > QUERY_LIMITS.stringLength) {
    const limit = withThousands(QUERY_LIMITS.stringLength);
    throw queryErrorAt(text, start, end, `String is longer than ${limit} characters`);
  }
}

/** 1000 → "1,000", independent of the server's locale. */
function withThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
