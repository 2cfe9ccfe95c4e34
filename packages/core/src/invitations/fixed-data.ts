/**
 * An invitation's fixed data: what the new user gets whatever they type — a folder, attributes,
 * groups (by name). Checked without zod so that the console's live check costs nothing to load,
 * and the same function backs the API's schema: one rule, one set of messages.
 */
import { pathProblem } from "../users/rules.js";

// A type (not an interface), so that it stays assignable to a plain JSON object.
export type TInvitationFixedData = {
  path?: string;
  attributes?: Record<string, unknown>;
  groups?: string[];
};

const allowedKeys = new Set(["path", "attributes", "groups"]);
export const maxFixedGroups = 100;

/** The first problem, with the key it is about ("" for the whole object), or null. */
export function fixedDataProblem(value: Record<string, unknown>): { key: string; message: string } | null {
  const unknown = Object.keys(value).filter((key) => !allowedKeys.has(key));
  if (unknown.length > 0) return { key: "", message: `Fixed data may hold only path, attributes and groups, not ${unknown.map((key) => `"${key}"`).join(", ")}.` };
  if (value.path !== undefined) {
    const problem = typeof value.path === "string" ? pathProblem(value.path) : "Enter the folder as text, such as users/contractors.";
    if (problem) return { key: "path", message: problem };
  }
  const attributes = value.attributes;
  if (attributes !== undefined && (attributes === null || typeof attributes !== "object" || Array.isArray(attributes))) {
    return { key: "attributes", message: "Attributes must be an object (key: value pairs)." };
  }
  const groups = value.groups;
  if (groups !== undefined) {
    if (!Array.isArray(groups) || groups.some((name) => typeof name !== "string" || name.trim() === "")) return { key: "groups", message: "Groups must be a list of group names." };
    if (groups.length > maxFixedGroups) return { key: "groups", message: `At most ${maxFixedGroups} groups.` };
  }
  return null;
}
