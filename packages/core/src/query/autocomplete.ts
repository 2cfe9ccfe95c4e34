/**
 * Suggestions for the token under (or just before) the cursor of the query box. Pure and total:
 * it reads half-typed, invalid text and never throws.
 */
import type { ComparisonOperator } from "./ast.js";
import type { CompletionContext } from "./autocomplete-context.js";
import type { FieldDefinition } from "./fields.js";
import type { Token } from "./lexer.js";
import { contextAfter } from "./autocomplete-context.js";
import { OPERATOR_DESCRIPTIONS, userFields } from "./fields.js";
import { lexTolerant } from "./lexer.js";

export interface AutocompleteData {
  attributeKeys: string[];
  paths: string[];
  groups: string[];
  roles: string[];
  /** Values seen for the attribute whose value is being typed (see `attributeKeyAt`). */
  attributeValues?: readonly AttributeValue[];
}

export type AttributeValue = string | number | boolean;

export type SuggestionKind = "field" | "operator" | "value" | "keyword";

export interface Suggestion {
  label: string;
  insert: string;
  kind: SuggestionKind;
  detail?: string;
  /** The text range the insert replaces (0-based, end exclusive). */
  replace: { start: number; end: number };
}

export interface AutocompleteResult {
  suggestions: Suggestion[];
}

/** A drop-down longer than this helps nobody; typing more narrows it. */
export const MAX_SUGGESTIONS = 50;

type Candidate = Omit<Suggestion, "replace">;

// Keys (or dotted key paths) the lexer cannot read as a name (spaces, quotes…) are not offered.
const ATTRIBUTE_KEY = /^[\p{L}\p{M}\p{N}_-]+(?:\.[\p{L}\p{M}\p{N}_-]+)*$/u;

export function autocomplete(text: string, cursor: number, data: AutocompleteData): AutocompleteResult {
  const { context, replace, prefix } = completionAt(text, cursor);
  const suggestions = candidatesFor(context, data)
    .filter((candidate) => matchesPrefix(candidate, prefix))
    .slice(0, MAX_SUGGESTIONS)
    .map((candidate) => ({ ...candidate, replace }));
  return { suggestions };
}

/**
 * The attribute key path whose value the cursor stands at (`attributes.dept = "en|` → ["dept"]),
 * so the caller can look up the values seen for it; `null` anywhere else.
 */
export function attributeKeyAt(text: string, cursor: number): string[] | null {
  const { context } = completionAt(text, cursor);
  if (context.expect !== "value" && context.expect !== "list value") return null;
  return context.field?.kind === "json" && context.keyPath.length > 0 ? [...context.keyPath] : null;
}

function completionAt(text: string, cursor: number) {
  const position = Number.isFinite(cursor) ? Math.min(Math.max(Math.floor(cursor), 0), text.length) : text.length;
  const tokens = lexTolerant(text);
  const current = tokens.find((token) => token.start < position && position <= token.end && isWordLike(token));
  const replace = current === undefined ? { start: position, end: position } : { start: current.start, end: current.end };
  const prefix = current === undefined ? "" : text.slice(current.start, position);
  const context = contextAfter(tokens.filter((token) => token.end <= replace.start));
  return { context, replace, prefix };
}

function candidatesFor(context: CompletionContext, data: AutocompleteData): Candidate[] {
  switch (context.expect) {
    case "field":
      return fieldCandidates(data);
    case "operator":
      return (context.field?.operators ?? []).map(operatorCandidate);
    case "negated operator":
      return (context.field?.operators ?? [])
        .filter((operator) => operator.startsWith("not "))
        .map((operator) => ({ ...operatorCandidate(operator), label: operator.slice(4), insert: operator.slice(4) }));
    case "value":
    case "list value":
      return context.field === undefined ? [] : valueCandidates(context.field, context.operator, context.expect, data);
    case "connective":
      return [keyword("and", "both must hold"), keyword("or", "either may hold")];
    case "list separator":
    case "nothing":
      return [];
  }
}

function fieldCandidates(data: AutocompleteData): Candidate[] {
  const fields = userFields
    .filter((field) => field.kind !== "json")
    .map((field): Candidate => ({ label: field.name, insert: field.name, kind: "field", detail: field.description }));
  const attributes = [...new Set(data.attributeKeys)]
    .filter((key) => ATTRIBUTE_KEY.test(key))
    .map((key): Candidate => ({ label: `attributes.${key}`, insert: `attributes.${key}`, kind: "field", detail: "Attribute" }));
  return [...fields, ...attributes];
}

function operatorCandidate(operator: ComparisonOperator): Candidate {
  return { label: operator, insert: operator, kind: "operator", detail: OPERATOR_DESCRIPTIONS[operator] };
}

function valueCandidates(
  field: FieldDefinition,
  operator: ComparisonOperator,
  position: "value" | "list value",
  data: AutocompleteData,
): Candidate[] {
  const equality = operator === "=" || operator === "!=";
  const values: Candidate[] = [];
  const seen = field.kind === "json" ? seenAttributeValues(data) : [];
  if (field.kind === "boolean" || (field.kind === "json" && equality && (seen.length === 0 || seen.includes(true) || seen.includes(false)))) {
    values.push(value("True"), value("False"));
  }
  if (equality && ["string", "date", "json"].includes(field.kind)) values.push(value("None", "empty or missing"));
  const quoted = [
    ...quotedValues(field, data).map((text) => value(JSON.stringify(text))),
    ...seen.filter((seenValue) => typeof seenValue !== "boolean").map((seenValue) => value(JSON.stringify(seenValue), "seen in attributes")),
  ];
  values.push(...quoted);
  // Right after `in`, a value starts the list; inside the list it is one item.
  const opensList = position === "value" && (operator === "in" || operator === "not in");
  return opensList ? quoted.map((candidate) => ({ ...candidate, insert: `(${candidate.insert})` })) : values;
}

/** Strings and numbers first as they sort, at most one entry each. */
function seenAttributeValues(data: AutocompleteData): AttributeValue[] {
  const values = [...new Set(data.attributeValues ?? [])];
  return values.sort((a, b) => String(a).localeCompare(String(b)));
}

function quotedValues(field: FieldDefinition, data: AutocompleteData): readonly string[] {
  if (field.kind === "choice") return field.choices;
  if (field.name === "path") return data.paths;
  if (field.name === "groups") return data.groups;
  if (field.name === "roles") return data.roles;
  return [];
}

function value(text: string, detail?: string): Candidate {
  return detail === undefined ? { label: text, insert: text, kind: "value" } : { label: text, insert: text, kind: "value", detail };
}

function keyword(text: string, detail: string): Candidate {
  return { label: text, insert: text, kind: "keyword", detail };
}

/** Case-insensitive; a value also matches when typed without its opening quote. */
function matchesPrefix(candidate: Candidate, prefix: string): boolean {
  const wanted = prefix.replace(/^attribute\./, "attributes.").toLowerCase();
  const insert = candidate.insert.toLowerCase();
  return insert.startsWith(wanted) || (insert.startsWith('"') && insert.slice(1).startsWith(wanted));
}

function isWordLike(token: Token): boolean {
  return token.kind !== "(" && token.kind !== ")" && token.kind !== ",";
}
