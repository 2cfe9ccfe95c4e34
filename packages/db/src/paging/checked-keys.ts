/**
 * Keysets whose values are checked before they reach SQL, so that a tampered cursor is refused
 * like a stale one: `(created_at, id)` newest first — a user's consents, refresh tokens, MFA
 * devices, events; the timestamp kept as PostgreSQL's text so that its microseconds survive the
 * cursor (an ISO string would drop them) — and `(name, id)` for lists ordered by name.
 */
import { decodeCursor } from "@roster/core";
import { pageWindow, type PageRequest, type PageWindow } from "./keyset-page.js";

export interface UserRecordsRequest extends PageRequest {
  userId: string;
}

const timestampPattern = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The window of a newest-first page; its `after` is `[createdAt text, id]`, both checked. */
export function newestFirstWindow(request: PageRequest, defaultLimit = 50): PageWindow & { after: [string, string] | null } {
  const window = pageWindow(request, 2, defaultLimit);
  if (!window.after) return { ...window, after: null };
  const [createdAt, id] = window.after;
  if (typeof createdAt !== "string" || typeof id !== "string" || !timestampPattern.test(createdAt) || !uuidPattern.test(id)) decodeCursor("", 2);
  return { ...window, after: [String(createdAt), String(id)] };
}

/** The cursor key of a row read with `created_at::text AS created_key`. */
export const newestFirstKey = (row: { created_key: string; id: string }): unknown[] => [row.created_key, row.id];

/** The window of a page ordered by name then id; its `after` is `[name, id]`, the id checked. */
export function nameThenIdWindow(request: PageRequest, defaultLimit = 20): PageWindow & { after: [string, string] | null } {
  const window = pageWindow(request, 2, defaultLimit);
  if (!window.after) return { ...window, after: null };
  const [name, id] = window.after;
  if (typeof name !== "string" || typeof id !== "string" || !uuidPattern.test(id)) decodeCursor("", 2);
  return { ...window, after: [String(name), String(id)] };
}
