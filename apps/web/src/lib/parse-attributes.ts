/** Attributes are edited as YAML or JSON and checked as you type (see `parseYamlObject`). */
import { parseYamlObject, type ParsedObject } from "./yaml-object";

export function parseAttributes(text: string): ParsedObject {
  return parseYamlObject(text, "Attributes");
}
