/**
 * Walks a keyset-paginated list (`{items, nextCursor}`, as every `X.list` answers) one page at a
 * time, yielding its items; the next page is asked for only when the caller has used this one.
 */
export interface Page<TItem> {
  items: TItem[];
  nextCursor: string | null;
}

export async function* iteratePages<TItem>(fetchPage: (cursor: string | undefined) => Promise<Page<TItem>>): AsyncGenerator<TItem, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
