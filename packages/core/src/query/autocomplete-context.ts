/**
 * Where the cursor stands in the grammar, read from the tokens before it. Tolerant by design:
 * anything unexpected ends in "nothing", and `and`/`or` always start a new comparison.
 */
import type { ComparisonOperator } from "./ast.js";
import type { FieldDefinition } from "./fields.js";
import type { Token } from "./lexer.js";
import { lookupField } from "./resolve-field.js";

export type CompletionContext =
  | { expect: "field" }
  | { expect: "operator"; field: FieldDefinition | undefined }
  | { expect: "negated operator"; field: FieldDefinition | undefined }
  | { expect: "value"; field: FieldDefinition | undefined; operator: ComparisonOperator }
  | { expect: "list value"; field: FieldDefinition | undefined; operator: ComparisonOperator }
  | { expect: "list separator"; field: FieldDefinition | undefined; operator: ComparisonOperator }
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
      return { expect: "operator", field: fieldNamed(token.text) };
    case "operator":
      return afterOperatorToken(context.field, token);
    case "negated operator": {
      const word = NEGATABLE.find((candidate) => candidate === token.text);
      if (token.kind !== "keyword" || word === undefined) return { expect: "nothing" };
      return { expect: "value", field: context.field, operator: `not ${word}` };
    }
    case "value":
      if (token.kind === "(" && (context.operator === "in" || context.operator === "not in")) {
        return { expect: "list value", field: context.field, operator: context.operator };
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

function afterOperatorToken(field: FieldDefinition | undefined, token: Token): CompletionContext {
  if (token.kind === "operator" && SYMBOL_OPERATORS.includes(token.text)) {
    return { expect: "value", field, operator: token.text as ComparisonOperator };
  }
  if (token.kind !== "keyword") return { expect: "nothing" };
  if (token.text === "not") return { expect: "negated operator", field };
  const word = NEGATABLE.find((candidate) => candidate === token.text);
  return word === undefined ? { expect: "nothing" } : { expect: "value", field, operator: word };
}

function fieldNamed(text: string): FieldDefinition | undefined {
  const lookup = lookupField(text);
  return lookup.found ? lookup.definition : undefined;
}

function isScalar(token: Token): boolean {
  if (token.kind === "string" || token.kind === "number") return true;
  return token.kind === "keyword" && ["True", "False", "None"].includes(token.text);
}
