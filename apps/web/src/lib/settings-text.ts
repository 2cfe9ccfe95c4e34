/**
 * A stage's settings, edited as YAML or JSON (JSON is YAML) and checked as you type: the text must
 * describe an object; empty means `{}`. The server then checks them against the stage type.
 */
import { parse, stringify } from "yaml";

export type ParsedSettings = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export function parseSettings(text: string): ParsedSettings {
  if (text.trim() === "") return { ok: true, value: {} };
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    const firstLine = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
    return { ok: false, message: firstLine ? firstLine.replace(/:\s*$/, ".") : "Invalid YAML." };
  }
  if (value === null || value === undefined) return { ok: true, value: {} };
  if (typeof value !== "object" || Array.isArray(value)) return { ok: false, message: "Settings must be an object (key: value pairs), not a list or a single value." };
  return { ok: true, value: value as Record<string, unknown> };
}

/** Settings as YAML in the order the server gave them; `{}` when there are none. */
export function formatSettings(settings: Record<string, unknown>): string {
  if (Object.keys(settings).length === 0) return "{}";
  return stringify(settings, { indent: 2, lineWidth: 0 }).trimEnd();
}

/** The settings line shown in lists: `fields: password, password_repeat, subject: Reset…`. */
export function settingsSummary(settings: Record<string, unknown>, limit = 80): string {
  const text = Object.entries(settings)
    .map(([key, value]) => `${key}: ${summaryValue(value)}`)
    .join(", ");
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** Lists show their items (objects by their `name`), since a prompt's fields are read by name. */
function summaryValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (!Array.isArray(value)) return JSON.stringify(value);
  return (value as unknown[]).map(itemName).join(" + ");
}

function itemName(item: unknown): string {
  if (typeof item === "string") return item;
  const name = typeof item === "object" && item !== null ? (item as Record<string, unknown>).name : undefined;
  return typeof name === "string" ? name : JSON.stringify(item);
}
