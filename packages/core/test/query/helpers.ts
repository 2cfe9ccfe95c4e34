import { AppError } from "../../src/errors.js";
import type { QueryExpression, ScalarValue } from "../../src/query/index.js";

/** The `queryError` an AppError carries, or a readable failure when something else happened. */
export function queryErrorOf(run: () => unknown): { message: string; start: number; end: number } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_REQUEST" && error.queryError !== undefined) {
      expectMessagesAgree(error);
      return error.queryError;
    }
    throw error;
  }
  throw new Error("Expected a query error, but nothing was thrown.");
}

function expectMessagesAgree(error: AppError): void {
  if (error.message !== error.queryError?.message) throw new Error("AppError and queryError messages differ.");
}

/** A compact, literal rendering of a tree: `(or (username = "a") (and …))`. */
export function show(expression: QueryExpression): string {
  if (expression.type !== "comparison") {
    return `(${expression.type} ${expression.operands.map(show).join(" ")})`;
  }
  const { value } = expression;
  const rendered = value.kind === "list" ? `(${value.items.map(showScalar).join(", ")})` : showScalar(value);
  return `(${expression.field.name} ${expression.operator} ${rendered})`;
}

function showScalar(value: ScalarValue): string {
  switch (value.kind) {
    case "string":
      return JSON.stringify(value.value);
    case "number":
      return value.text;
    case "boolean":
      return value.value ? "True" : "False";
    case "null":
      return "None";
  }
}
