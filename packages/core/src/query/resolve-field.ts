/** Turns the field name of a comparison into its definition, or a precise query error. */
import type { FieldReference } from "./ast.js";
import type { FieldDefinition } from "./fields.js";
import type { Token } from "./lexer.js";
import { closestName } from "./did-you-mean.js";
import { queryErrorAt } from "./errors.js";
import { findField, userFields } from "./fields.js";

const ATTRIBUTE_PREFIXES = ["attributes", "attribute"];

export type FieldLookup =
  | { found: true; definition: FieldDefinition; name: string; keyPath: string[] }
  | { found: false; problem: "unknown" | "missing key" | "empty key part" };

/** Never throws: autocomplete uses it on half-typed names. */
export function lookupField(text: string): FieldLookup {
  const [head = "", ...keyPath] = text.split(".");
  if (ATTRIBUTE_PREFIXES.includes(head)) {
    const attributes = findField("attributes");
    if (attributes === undefined) return { found: false, problem: "unknown" };
    if (keyPath.length === 0) return { found: false, problem: "missing key" };
    if (keyPath.some((part) => part === "")) return { found: false, problem: "empty key part" };
    return { found: true, definition: attributes, name: `attributes.${keyPath.join(".")}`, keyPath };
  }
  const definition = keyPath.length === 0 ? findField(head) : undefined;
  if (definition === undefined || definition.kind === "json") return { found: false, problem: "unknown" };
  return { found: true, definition, name: definition.name, keyPath: [] };
}

export function resolveField(source: string, token: Token): FieldReference {
  const lookup = lookupField(token.text);
  const { start, end, text } = token;
  if (lookup.found) {
    return { text, name: lookup.name, definition: lookup.definition, keyPath: lookup.keyPath, start, end };
  }
  if (lookup.problem === "missing key") {
    throw queryErrorAt(source, start, end, `Field "${text}" needs a key`, "for example attributes.department");
  }
  if (lookup.problem === "empty key part") {
    throw queryErrorAt(source, start, end, `Field "${text}" has an empty key part`);
  }
  const suggestion = suggestField(text);
  const hint = suggestion === undefined ? undefined : `did you mean "${suggestion}"?`;
  throw queryErrorAt(source, start, end, `Unknown field "${text}"`, hint);
}

function suggestField(text: string): string | undefined {
  const [head = "", ...keyPath] = text.split(".");
  if (keyPath.length > 0 && closestName(head, ["attributes"]) !== undefined) {
    return `attributes.${keyPath.join(".")}`;
  }
  const names = userFields.filter((definition) => definition.kind !== "json").map((definition) => definition.name);
  return closestName(text, names);
}
