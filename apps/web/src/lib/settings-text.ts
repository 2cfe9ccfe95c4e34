/**
 * A stage's settings, edited as YAML or JSON (JSON is YAML) and checked as you type: the text must
 * describe an object; empty means `{}`. The server then checks them against the stage type.
 */
import { stringify } from "yaml";
import { parseYamlObject, type ParsedObject } from "./yaml-object";

export function parseSettings(text: string): ParsedObject {
  return parseYamlObject(text, "Settings");
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
