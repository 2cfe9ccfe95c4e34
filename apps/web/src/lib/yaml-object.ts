/**
 * The one parser behind the YAML/JSON object editors (a user's, group's or brand's attributes, a
 * stage's settings): JSON is YAML, empty text means `{}`, and anything but an object is refused
 * with a message that names what is being edited.
 */
import { parse } from "yaml";

export type ParsedObject = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export function parseYamlObject(text: string, subject: string): ParsedObject {
  if (text.trim() === "") return { ok: true, value: {} };
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    const firstLine = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
    return { ok: false, message: firstLine ? firstLine.replace(/:\s*$/, ".") : "Invalid YAML." };
  }
  if (value === null || value === undefined) return { ok: true, value: {} };
  if (typeof value !== "object" || Array.isArray(value)) return { ok: false, message: `${subject} must be an object (key: value pairs), not a list or a single value.` };
  return { ok: true, value: value as Record<string, unknown> };
}
