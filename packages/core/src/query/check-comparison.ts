/** Refuses operators and values a field does not take, with messages that say what it takes. */
import type { ComparisonOperator, FieldReference, QueryValue, ScalarValue } from "./ast.js";
import type { FieldDefinition } from "./fields.js";
import { parseDateValue } from "./dates.js";
import { queryErrorAt } from "./errors.js";

const LIST_OPERATORS: readonly ComparisonOperator[] = ["in", "not in"];
const EQUALITY_OPERATORS: readonly ComparisonOperator[] = ["=", "!="];
const ORDERING_OPERATORS: readonly ComparisonOperator[] = [">", ">=", "<", "<="];

export function checkOperator(
  text: string,
  field: FieldReference,
  operator: ComparisonOperator,
  start: number,
  end: number,
): void {
  const { operators } = field.definition;
  if (!operators.includes(operator)) {
    throw queryErrorAt(text, start, end, `Operator "${operator}" is not valid for field "${field.text}"`, `use ${listWords(operators)}`);
  }
}

export function checkValue(text: string, field: FieldReference, operator: ComparisonOperator, value: QueryValue): void {
  const takesList = LIST_OPERATORS.includes(operator);
  if (takesList && value.kind !== "list") {
    throw queryErrorAt(text, value.start, value.end, `Operator "${operator}" takes a list like ("a", "b")`);
  }
  if (!takesList && value.kind === "list") {
    throw queryErrorAt(text, value.start, value.end, `Operator "${operator}" takes a single value, not a list`);
  }
  const items = value.kind === "list" ? value.items : [value];
  for (const item of items) {
    const expectation = expectationFailed(field.definition, operator, item);
    if (expectation !== undefined) {
      throw queryErrorAt(text, item.start, item.end, `Field "${field.text}" takes ${expectation}`);
    }
    if (field.definition.kind === "date" && item.kind === "string" && parseDateValue(item.value) === undefined) {
      throw queryErrorAt(
        text,
        item.start,
        item.end,
        `Invalid date "${item.value}"`,
        "use YYYY-MM-DD or an ISO timestamp like 2025-01-31T12:00:00Z",
      );
    }
  }
}

/** What the field takes with this operator when `value` is not it; undefined when it is. */
function expectationFailed(
  definition: FieldDefinition,
  operator: ComparisonOperator,
  value: ScalarValue,
): string | undefined {
  const equality = EQUALITY_OPERATORS.includes(operator);
  const kind = value.kind;
  switch (definition.kind) {
    case "boolean":
      return kind === "boolean" ? undefined : "True or False";
    case "string":
      if (kind === "string" || (kind === "null" && equality)) return undefined;
      return equality ? "a string in double quotes or None" : "a string in double quotes";
    case "relation":
      return kind === "string" ? undefined : "a name in double quotes";
    case "choice":
      if (kind === "string" && definition.choices.includes(value.value)) return undefined;
      return `one of ${listWords(definition.choices.map((choice) => `"${choice}"`))}`;
    case "date":
      if (kind === "string" || (kind === "null" && equality)) return undefined;
      return `a date like "2025-01-31" or an ISO timestamp${equality ? ", or None" : ""}`;
    case "json":
      return jsonExpectation(operator, value);
  }
}

function jsonExpectation(operator: ComparisonOperator, value: ScalarValue): string | undefined {
  if (ORDERING_OPERATORS.includes(operator)) {
    return value.kind === "number" ? undefined : `a number with "${operator}"`;
  }
  if (EQUALITY_OPERATORS.includes(operator) || LIST_OPERATORS.includes(operator)) return undefined;
  return value.kind === "string" ? undefined : `a string in double quotes with "${operator}"`;
}

/** ["a", "b", "c"] → "a, b or c". */
function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} or ${words[words.length - 1] ?? ""}`;
}
