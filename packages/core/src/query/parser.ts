/**
 * Recursive-descent parser of the Users query language (SPEC §4). It checks fields, operators,
 * values and cost limits as it goes, so the first error reported is the leftmost one.
 */
import type { Comparison, ComparisonOperator, QueryExpression, QueryValue, ScalarValue } from "./ast.js";
import type { Token } from "./lexer.js";
import { checkOperator, checkValue } from "./check-comparison.js";
import { queryErrorAt, quoteForMessage } from "./errors.js";
import { lex } from "./lexer.js";
import { checkComparisonCount, checkDepth, checkListLength, checkStringLength } from "./limits.js";
import { resolveField } from "./resolve-field.js";

const NEGATABLE_OPERATORS = ["in", "startswith", "endswith"] as const;
const SYMBOL_OPERATORS: readonly string[] = ["=", "!=", "~", "!~", ">", ">=", "<", "<="];

export function parseQuery(text: string): QueryExpression {
  return new Parser(text, lex(text)).parseQuery();
}

class Parser {
  private index = 0;
  private depth = 0;
  private comparisons = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  parseQuery(): QueryExpression {
    const expression = this.parseOr();
    const extra = this.peek();
    if (extra !== undefined) throw this.unexpected(extra, 'expected "and" or "or"');
    return expression;
  }

  private parseOr(): QueryExpression {
    return this.parseChain("or", () => this.parseAnd());
  }

  private parseAnd(): QueryExpression {
    return this.parseChain("and", () => this.parsePrimary());
  }

  private parseChain(keyword: "and" | "or", parseOperand: () => QueryExpression): QueryExpression {
    const first = parseOperand();
    const operands = [first];
    while (this.peekIs("keyword", keyword)) {
      this.index++;
      operands.push(parseOperand());
    }
    if (operands.length === 1) return first;
    const last = operands[operands.length - 1] ?? first;
    return { type: keyword, operands, start: first.start, end: last.end };
  }

  private parsePrimary(): QueryExpression {
    const open = this.peek();
    if (open?.kind !== "(") return this.parseComparison();
    this.depth++;
    checkDepth(this.text, this.depth, open.start, open.end);
    this.index++;
    const inner = this.parseOr();
    const close = this.peek();
    if (close === undefined) throw this.expectedAtEnd('")"');
    if (close.kind !== ")") throw this.unexpected(close, 'expected "and", "or" or ")"');
    this.index++;
    this.depth--;
    return inner;
  }

  private parseComparison(): Comparison {
    const fieldToken = this.peek();
    if (fieldToken === undefined) throw this.expectedAtEnd("a field");
    if (fieldToken.kind !== "name") throw this.unexpected(fieldToken, "expected a field");
    this.index++;
    const field = resolveField(this.text, fieldToken);
    this.comparisons++;
    checkComparisonCount(this.text, this.comparisons, fieldToken.start, fieldToken.end);
    const { operator, start, end } = this.parseOperator(fieldToken);
    checkOperator(this.text, field, operator, start, end);
    const value = this.parseValue();
    checkValue(this.text, field, operator, value);
    return { type: "comparison", field, operator, value, start: field.start, end: value.end };
  }

  private parseOperator(fieldToken: Token): { operator: ComparisonOperator; start: number; end: number } {
    const token = this.peek();
    const expected = `an operator after "${fieldToken.text}"`;
    if (token === undefined) throw this.expectedAtEnd(expected);
    this.index++;
    if (token.kind === "operator" && SYMBOL_OPERATORS.includes(token.text)) {
      return { operator: token.text as ComparisonOperator, start: token.start, end: token.end };
    }
    const negatable = NEGATABLE_OPERATORS.find((word) => word === token.text);
    if (token.kind === "keyword" && negatable !== undefined) {
      return { operator: negatable, start: token.start, end: token.end };
    }
    if (!(token.kind === "keyword" && token.text === "not")) throw this.unexpected(token, `expected ${expected}`);
    const negated = this.peek();
    const afterNot = '"in", "startswith" or "endswith" after "not"';
    if (negated === undefined) throw this.expectedAtEnd(afterNot);
    const word = NEGATABLE_OPERATORS.find((candidate) => candidate === negated.text);
    if (negated.kind !== "keyword" || word === undefined) throw this.unexpected(negated, `expected ${afterNot}`);
    this.index++;
    return { operator: `not ${word}`, start: token.start, end: negated.end };
  }

  private parseValue(): QueryValue {
    const open = this.peek();
    if (open?.kind !== "(") return this.parseScalar();
    this.index++;
    const items = [this.parseScalar()];
    for (;;) {
      const next = this.peek();
      if (next === undefined) throw this.expectedAtEnd('"," or ")"');
      this.index++;
      if (next.kind === ")") return { kind: "list", items, start: open.start, end: next.end };
      if (next.kind !== ",") throw this.unexpected(next, 'expected "," or ")"');
      const item = this.parseScalar();
      items.push(item);
      checkListLength(this.text, items.length, item.start, item.end);
    }
  }

  private parseScalar(): ScalarValue {
    const token = this.peek();
    if (token === undefined) throw this.expectedAtEnd("a value");
    this.index++;
    const { start, end } = token;
    if (token.kind === "string") {
      checkStringLength(this.text, token.value, start, end);
      return { kind: "string", value: token.value, start, end };
    }
    if (token.kind === "number") {
      const value = Number(token.text);
      if (!Number.isFinite(value)) throw queryErrorAt(this.text, start, end, `Number ${token.text} is out of range`);
      return { kind: "number", value, text: token.text, start, end };
    }
    if (token.kind === "keyword" && (token.text === "True" || token.text === "False")) {
      return { kind: "boolean", value: token.text === "True", start, end };
    }
    if (token.kind === "keyword" && token.text === "None") return { kind: "null", start, end };
    throw this.unexpected(token, "expected a value");
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private peekIs(kind: Token["kind"], text: string): boolean {
    const token = this.peek();
    return token?.kind === kind && token.text === text;
  }

  private expectedAtEnd(what: string): Error {
    return queryErrorAt(this.text, this.text.length, this.text.length, `Expected ${what}`);
  }

  private unexpected(token: Token, hint: string): Error {
    const found = token.kind === "string" ? `string ${quoteForMessage(token.value)}` : quoteForMessage(token.text);
    return queryErrorAt(this.text, token.start, token.end, `Unexpected ${found}`, hint);
  }
}
