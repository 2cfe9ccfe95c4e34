/** The query field's autocomplete: applying a suggestion, and underlining an error's range. */
export interface QuerySuggestion {
  label: string;
  insert: string;
  kind: "field" | "operator" | "value" | "keyword";
  detail?: string;
  replace: { start: number; end: number };
}

/**
 * Replaces the suggestion's range with its text and puts the cursor after it. A space follows,
 * so that the next suggestions (the operators after a field) come at once.
 */
export function applySuggestion(text: string, suggestion: QuerySuggestion): { text: string; cursor: number } {
  const start = clamp(suggestion.replace.start, 0, text.length);
  const end = clamp(suggestion.replace.end, start, text.length);
  const before = text.slice(0, start);
  const after = text.slice(end);
  const space = after.startsWith(" ") ? "" : " ";
  const inserted = `${suggestion.insert}${space}`;
  return { text: `${before}${inserted}${after}`, cursor: before.length + inserted.length };
}

/** The text before, inside and after an error's range; an empty range marks one character. */
export function splitAtRange(text: string, start: number, end: number): { before: string; marked: string; after: string } {
  const from = clamp(start, 0, text.length);
  const to = Math.max(clamp(end, from, text.length), Math.min(from + 1, text.length));
  return { before: text.slice(0, from), marked: text.slice(from, to), after: text.slice(to) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
