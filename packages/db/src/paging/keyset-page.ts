/**
 * The one pager of every list (SPEC §5: keyset pagination, never OFFSET). A list reads
 * `take` rows after the cursor's key — one more than it shows, which tells whether another page
 * follows — and `pageOf` turns them into `{items, nextCursor}`, the cursor being the key of the
 * last row shown.
 */
import { decodeCursor, encodeCursor } from "@roster/core";

/** What every list procedure takes besides its filters. */
export interface PageRequest {
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

export interface PageWindow {
  /** Rows the page shows. */
  limit: number;
  /** Rows to read: one more than the page shows. */
  take: number;
  /** The sort key to start after; null on the first page. */
  after: unknown[] | null;
}

/** How a list reads its page: `keyLength` values in its cursor (a bad cursor is a field error on `cursor`). */
export function pageWindow(request: PageRequest, keyLength: number, defaultLimit = 20): PageWindow {
  const limit = request.limit ?? defaultLimit;
  return { limit, take: limit + 1, after: request.cursor ? decodeCursor(request.cursor, keyLength) : null };
}

/** The page from the rows read with `window.take`: the first `limit` as items, and the cursor after them when more were there. */
export function pageOf<Row, Item = Row>(rows: readonly Row[], window: Pick<PageWindow, "limit">, keyOf: (row: Row) => unknown[], toItem?: (row: Row) => Item): Page<Item> {
  const shown = rows.slice(0, window.limit);
  const last = shown.at(-1);
  const items = toItem ? shown.map(toItem) : (shown as unknown as Item[]);
  return { items, nextCursor: rows.length > window.limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
