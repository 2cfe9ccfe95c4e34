/**
 * Attributes shown and edited as YAML: `{}` when there are none, block style otherwise. Keys are
 * sorted, since the database (jsonb) does not keep the order they were typed in.
 */
import { stringify } from "yaml";

export function formatAttributes(attributes: Record<string, unknown> | null | undefined): string {
  if (!attributes || Object.keys(attributes).length === 0) return "{}";
  return stringify(attributes, { indent: 2, lineWidth: 0, sortMapEntries: true }).trimEnd();
}
