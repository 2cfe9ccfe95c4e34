/**
 * Attributes are edited as YAML or JSON (JSON is YAML). The editor validates as you type: the
 * text must describe an object, `{}` when empty.
 */
import { parse } from "yaml";

export type ParsedAttributes = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export function parseAttributes(text: string): ParsedAttributes {
  if (text.trim() === "") return { ok: true, value: {} };
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    const firstLine = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
    return { ok: false, message: firstLine ? firstLine.replace(/:\s*$/, ".") : "Invalid YAML." };
  }
  if (value === null || value === undefined) return { ok: true, value: {} };
  if (typeof value !== "object" || Array.isArray(value)) return { ok: false, message: "Attributes must be an object (key: value pairs), not a list or a single value." };
  return { ok: true, value: value as Record<string, unknown> };
}
