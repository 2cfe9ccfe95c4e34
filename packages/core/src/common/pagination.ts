/**
 * Keyset pagination: a cursor is the sort key of the last row of a page, opaque to clients
 * (base64url JSON). Lists never use OFFSET.
 */
import { z } from "zod";
import { AppError } from "../errors.js";

export const ZPageInput = z.object({
  cursor: z.string().max(2000).nullish(),
  limit: z.number().int().min(1, "limit must be between 1 and 100.").max(100, "limit must be between 1 and 100.").optional(),
});

export function encodeCursor(values: readonly unknown[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(values));
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
}

function decodeBase64Url(text: string): string {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(decodeBase64Url(cursor)) as unknown;
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw AppError.field("cursor", "This cursor is not valid for this list. Start again from the first page.");
}

export const ZCount = z.object({ value: z.number().int(), exact: z.boolean() });

export function pageOutput<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
