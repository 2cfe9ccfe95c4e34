/**
 * The fields a Users query can name, with the operators and values each accepts. Which column or
 * table each one reads is the db package's business (services/users/query/user-columns.ts).
 */
import type { ComparisonOperator } from "./ast.js";
import { userTypes } from "../users/user-types.js";

export type FieldKind = "string" | "boolean" | "date" | "choice" | "json" | "relation";

export interface FieldDefinition {
  name: string;
  kind: FieldKind;
  operators: readonly ComparisonOperator[];
  /** Shown beside the field in autocomplete. */
  description: string;
  /** Allowed values of a `choice` field. */
  choices: readonly string[];
}

/** The `type` field's choices: the user types. */
export const USER_TYPES = userTypes;

const EQUALITY: readonly ComparisonOperator[] = ["=", "!="];
const LIST: readonly ComparisonOperator[] = ["in", "not in"];
const ORDERING: readonly ComparisonOperator[] = [">", ">=", "<", "<="];
const TEXT_MATCH: readonly ComparisonOperator[] = [
  "~",
  "!~",
  "startswith",
  "not startswith",
  "endswith",
  "not endswith",
];
const STRING_OPERATORS = [...EQUALITY, ...TEXT_MATCH, ...LIST];

export const OPERATOR_DESCRIPTIONS: Readonly<Record<ComparisonOperator, string>> = {
  "=": "equals",
  "!=": "does not equal",
  "~": "contains (ignoring case)",
  "!~": "does not contain (ignoring case)",
  startswith: "starts with",
  "not startswith": "does not start with",
  endswith: "ends with",
  "not endswith": "does not end with",
  in: "is one of a list",
  "not in": "is none of a list",
  ">": "greater than (later than)",
  ">=": "greater than or equal",
  "<": "less than (earlier than)",
  "<=": "less than or equal",
};

function field(
  name: string,
  kind: FieldKind,
  operators: readonly ComparisonOperator[],
  description: string,
  extra: Partial<Pick<FieldDefinition, "choices">> = {},
): FieldDefinition {
  return { name, kind, operators, description, choices: [], ...extra };
}

export const userFields: readonly FieldDefinition[] = [
  field("username", "string", STRING_OPERATORS, "Username"),
  field("name", "string", STRING_OPERATORS, "Display name"),
  field("email", "string", STRING_OPERATORS, "Email address"),
  field("path", "string", STRING_OPERATORS, "Folder path"),
  field("is_active", "boolean", EQUALITY, "True or False"),
  field("type", "choice", [...EQUALITY, ...LIST], "User type", { choices: USER_TYPES }),
  field("attributes", "json", [...STRING_OPERATORS, ...ORDERING], "Attribute value (attributes.<key>)"),
  field("last_login", "date", [...EQUALITY, ...ORDERING], "Date of the last login"),
  field("date_joined", "date", [...EQUALITY, ...ORDERING], "Date the user was created"),
  field("last_updated", "date", [...EQUALITY, ...ORDERING], "Date of the last change"),
  field("groups", "relation", ["=", "!=", "~", ...LIST], "Group the user is directly in"),
  field("roles", "relation", ["=", "!=", "~", ...LIST], "Role, direct or through groups"),
  field("is_superuser", "boolean", EQUALITY, "True or False (through groups)"),
];

export function findField(name: string): FieldDefinition | undefined {
  return userFields.find((definition) => definition.name === name);
}
