/**
 * The syntax tree of a Users query. Every node keeps its 0-based `start`/`end` offsets
 * (end exclusive) so that errors and the console can point at the exact text.
 */
import type { FieldDefinition } from "./fields.js";

export type ComparisonOperator =
  | "="
  | "!="
  | "~"
  | "!~"
  | "startswith"
  | "not startswith"
  | "endswith"
  | "not endswith"
  | "in"
  | "not in"
  | ">"
  | ">="
  | "<"
  | "<=";

interface Span {
  start: number;
  end: number;
}

export interface StringValue extends Span {
  kind: "string";
  value: string;
}

export interface NumberValue extends Span {
  kind: "number";
  value: number;
  /** The number as written: numeric comparisons pass it to PostgreSQL unrounded. */
  text: string;
}

export interface BooleanValue extends Span {
  kind: "boolean";
  value: boolean;
}

export interface NullValue extends Span {
  kind: "null";
}

export type ScalarValue = StringValue | NumberValue | BooleanValue | NullValue;

export interface ListValue extends Span {
  kind: "list";
  items: ScalarValue[];
}

export type QueryValue = ScalarValue | ListValue;

export interface FieldReference extends Span {
  /** As written by the admin (`attribute.team`), for messages. */
  text: string;
  /** Canonical name: `username`, or `attributes.team.lead` for attribute keys. */
  name: string;
  definition: FieldDefinition;
  /** The key path inside `attributes` (`["team", "lead"]`); empty for other fields. */
  keyPath: string[];
}

export interface Comparison extends Span {
  type: "comparison";
  field: FieldReference;
  operator: ComparisonOperator;
  value: QueryValue;
}

export interface LogicalExpression extends Span {
  type: "and" | "or";
  /** Two or more operands: `a and b and c` is one node, not a nested pair. */
  operands: QueryExpression[];
}

export type QueryExpression = Comparison | LogicalExpression;
