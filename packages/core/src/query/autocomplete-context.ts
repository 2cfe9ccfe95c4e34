/**
 * Where the cursor stands in the grammar, read from the tokens before it. Tolerant by design:
 * anything unexpected ends in "nothing", and `and`/`or` always start a new comparison.
 */
import type { ComparisonOperator } from "./ast.js";
import type { FieldDefinition } from "./fields.js";
import type { Token } from "./lexer.js";
import { lookupField } from "./resolve-field.js";

/** The field a comparison is about; `keyPath` is the attribute key (`attributes.team.lead` → team, lead). */
export interface FieldAtCursor {
  field: FieldDefinition | undefined;
  keyPath: readonly string[];
}

export type CompletionContext =
  | { expect: "field" }
  | ({ expect: "operator" } & FieldAtCursor)
  | ({ expect: "negated operator" } & FieldAtCursor)
  | ({ expect: "value"; operator: ComparisonOperator } & FieldAtCursor)
  | ({ expect: "list value"; operator: ComparisonOperator } & FieldAtCursor)
  | ({ expect: "list separator"; operator: ComparisonOperator } & FieldAtCursor)
  | { expect: "connective" }
  | { expect: "nothing" };

const SYMBOL_OPERATORS: readonly string[] = ["=", "!=", "~", "!~", ">", ">=", "<", "<="];
const NEGATABLE = ["in", "startswith", "endswith"] as const;

export function contextAfter(tokens: readonly Token[]): CompletionContext {
  return tokens.reduce<CompletionContext>(advance, { expect: "field" });
}

function advance(context: CompletionContext, token: Token): CompletionContext {
  if (token.kind === "keyword" && (token.text === "and" || token.text === "or")) return { expect: "field" };
  switch (context.expect) {
    case "field":
      if (token.kind === "(") return context;
      if (token.kind !== "name") return { expect: "nothing" };
      return { expect: "operator", ...fieldNamed(token.text) };
    case "operator":
      return afterOperatorToken(context, token);
    case "negated operator": {
      const word = NEGATABLE.find((candidate) => candidate === token.text);
      if (token.kind !== "keyword" || word === undefined) return { expect: "nothing" };
      return { expect: "value", field: context.field, keyPath: context.keyPath, operator: `not ${word}` };
    }
    case "value":
      if (token.kind === "(" && (context.operator === "in" || context.operator === "not in")) {
        return { ...context, expect: "list value" };
      }
      return isScalar(token) ? { expect: "connective" } : { expect: "nothing" };
    case "list value":
      return isScalar(token) ? { ...context, expect: "list separator" } : { expect: "nothing" };
    case "list separator":
      if (token.kind === ")") return { expect: "connective" };
      return token.kind === "," ? { ...context, expect: "list value" } : { expect: "nothing" };
    case "connective":
      return token.kind === ")" ? context : { expect: "nothing" };
    case "nothing":
      return context;
  }
}

function afterOperatorToken(at: FieldAtCursor, token: Token): CompletionContext {
  const { field, keyPath } = at;
  if (token.kind === "operator" && SYMBOL_OPERATORS.includes(token.text)) {
    return { expect: "value", field, keyPath, operator: token.text as ComparisonOperator };
  }
  if (token.kind !== "keyword") return { expect: "nothing" };
  if (token.text === "not") return { expect: "negated operator", field, keyPath };
  const word = NEGATABLE.find((candidate) => candidate === token.text);
  return word === undefined ? { expect: "nothing" } : { expect: "value", field, keyPath, operator: word };
}

function fieldNamed(text: string): FieldAtCursor {
  const lookup = lookupField(text);
  return lookup.found ? { field: lookup.definition, keyPath: lookup.keyPath } : { field: undefined, keyPath: [] };
}

function isScalar(token: Token): boolean {
  if (token.kind === "string" || token.kind === "number") return true;
  return token.kind === "keyword" && ["True", "False", "None"].includes(token.text);
}
