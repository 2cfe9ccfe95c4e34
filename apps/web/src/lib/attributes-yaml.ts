/** Attributes shown and edited as YAML: `{}` when there are none, block style otherwise. */
import { stringify } from "yaml";

export function formatAttributes(attributes: Record<string, unknown> | null | undefined): string {
  if (!attributes || Object.keys(attributes).length === 0) return "{}";
  return stringify(attributes, { indent: 2, lineWidth: 0 }).trimEnd();
}
