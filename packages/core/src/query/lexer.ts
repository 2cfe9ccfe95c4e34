/**
 * Splits a query into tokens with offsets. `lex` stops at the first problem with a query error;
 * `lexTolerant` never throws (autocomplete and plain-search detection read half-typed input).
 */
import { queryErrorAt } from "./errors.js";

export type TokenKind = "name" | "keyword" | "string" | "number" | "operator" | "(" | ")" | "," | "invalid";

export interface Token {
  kind: TokenKind;
  /** The source text of the token, quotes and escapes included. */
  text: string;
  /** The decoded string for strings; the same as `text` otherwise. */
  value: string;
  start: number;
  end: number;
  /** False for a string whose closing quote is missing (tolerant mode only). */
  closed: boolean;
}

/** Lowercase only: `AND` is a name, as in djangoql. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "in",
  "not",
  "startswith",
  "endswith",
  "True",
  "False",
  "None",
]);

const SYMBOL_OPERATORS = ["!=", "!~", ">=", "<=", "=", "~", ">", "<"] as const;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};
const ESCAPE_HINT = 'use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX';
// Names may hold "." (attribute key paths) and "-" (keys like employee-id); the parser checks the parts.
const NAME = /[\p{L}_][\p{L}\p{M}\p{N}_.-]*/uy;
const NUMBER = /-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WHITESPACE = /\s+/uy;

interface LexProblem {
  what: string;
  start: number;
  end: number;
  hint?: string;
}

type ReportProblem = (problem: LexProblem) => void;

export function lex(text: string): Token[] {
  return tokenize(text, (problem) => {
    throw queryErrorAt(text, problem.start, problem.end, problem.what, problem.hint);
  });
}

export function lexTolerant(text: string): Token[] {
  return tokenize(text, () => undefined);
}

function tokenize(text: string, report: ReportProblem): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    WHITESPACE.lastIndex = position;
    if (WHITESPACE.test(text)) {
      position = WHITESPACE.lastIndex;
      continue;
    }
    const token = scanToken(text, position, report);
    tokens.push(token);
    position = token.end;
  }
  return tokens;
}

function scanToken(text: string, start: number, report: ReportProblem): Token {
  const char = text[start] ?? "";
  if (char === '"') return scanString(text, start, report);
  if (char === "(" || char === ")" || char === ",") return makeToken(char, text, start, start + 1);
  const name = matchAt(NAME, text, start);
  if (name !== undefined) {
    return makeToken(KEYWORDS.has(name) ? "keyword" : "name", text, start, start + name.length);
  }
  const number = matchAt(NUMBER, text, start);
  if (number !== undefined) return makeToken("number", text, start, start + number.length);
  const operator = SYMBOL_OPERATORS.find((symbol) => text.startsWith(symbol, start));
  if (operator !== undefined) return makeToken("operator", text, start, start + operator.length);
  const stray = String.fromCodePoint(text.codePointAt(start) ?? 0);
  const end = start + stray.length;
  report(
    stray === "\0"
      ? { what: "The NUL character is not allowed", start, end }
      : { what: `Unexpected "${stray}"`, start, end },
  );
  return makeToken("invalid", text, start, end);
}

function scanString(text: string, start: number, report: ReportProblem): Token {
  let value = "";
  let position = start + 1;
  while (position < text.length) {
    const char = text[position] ?? "";
    if (char === '"') {
      return { kind: "string", text: text.slice(start, position + 1), value, start, end: position + 1, closed: true };
    }
    if (char === "\\") {
      const escape = readEscape(text, position, report);
      value += escape.decoded;
      position = escape.end;
      continue;
    }
    if (char === "\0") report({ what: "The NUL character is not allowed", start: position, end: position + 1 });
    value += char;
    position++;
  }
  report({ what: "Unterminated string", start, end: text.length, hint: 'add the closing "' });
  return { kind: "string", text: text.slice(start), value, start, end: text.length, closed: false };
}

function readEscape(text: string, start: number, report: ReportProblem): { decoded: string; end: number } {
  const letter = text[start + 1];
  if (letter === undefined) return { decoded: "", end: start + 1 };
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) return { decoded: simple, end: start + 2 };
  if (letter === "u") {
    const hex = text.slice(start + 2, start + 6);
    if (/^[0-9a-fA-F]{4}$/.test(hex)) {
      const code = Number.parseInt(hex, 16);
      // PostgreSQL text and jsonb cannot hold U+0000.
      if (code === 0) report({ what: "The NUL character is not allowed", start, end: start + 6 });
      return { decoded: String.fromCharCode(code), end: start + 6 };
    }
    const end = Math.min(text.length, start + 2 + hex.search(/[^0-9a-fA-F]|$/));
    report({ what: `Invalid escape "${text.slice(start, end)}"`, start, end, hint: ESCAPE_HINT });
    return { decoded: "", end };
  }
  const escaped = String.fromCodePoint(text.codePointAt(start + 1) ?? 0);
  const end = start + 1 + escaped.length;
  report({ what: `Invalid escape "\\${escaped}"`, start, end, hint: ESCAPE_HINT });
  return { decoded: "", end };
}

function matchAt(pattern: RegExp, text: string, start: number): string | undefined {
  pattern.lastIndex = start;
  return pattern.exec(text)?.[0];
}

function makeToken(kind: TokenKind, text: string, start: number, end: number): Token {
  const source = text.slice(start, end);
  return { kind, text: source, value: source, start, end, closed: true };
}
