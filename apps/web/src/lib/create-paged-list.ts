/**
 * A keyset-paged list for a page part: the first page for the current source (through
 * `createQuery`, so the last rows stay on screen while the next source loads), then "Load more"
 * by cursor. A page is appended only to the list it was asked for: once the source changes or the
 * list is refreshed, a "Load more" answer still on its way is dropped.
 */
import { createEffect, createSignal, on } from "solid-js";
import { toClientError } from "./client-error";
import { createQuery, type QueryOptions } from "./create-query";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function createPagedList<S, P extends Page<unknown>, T = P["items"][number]>(
  source: () => S | false | null | undefined,
  fetchPage: (source: S, cursor: string | null) => Promise<P>,
  options: QueryOptions = {},
) {
  // Which list the rows on screen (and any "Load more" in flight) belong to.
  let generation = 0;
  let current: { value: S } | null = null;
  const [more, setMore] = createSignal<T[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [moreError, setMoreError] = createSignal<string | null>(null);

  const first = createQuery(
    source,
    (value) => {
      generation += 1;
      current = { value };
      setLoadingMore(false);
      return fetchPage(value, null);
    },
    options,
  );

  createEffect(
    on(first.data, (page) => {
      setMore([]);
      setCursor(page?.nextCursor ?? null);
      setMoreError(null);
    }),
  );

  const loadMore = async () => {
    const from = cursor();
    if (!from || loadingMore() || first.loading() || current === null) return;
    const asked = generation;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchPage(current.value, from);
      if (asked !== generation) return;
      setMore((rows) => [...rows, ...(page.items as T[])]);
      setCursor(page.nextCursor);
    } catch (error) {
      if (asked !== generation) return;
      const failure = toClientError(error);
      setMoreError(failure.message);
      options.onError?.(failure);
    } finally {
      if (asked === generation) setLoadingMore(false);
    }
  };

  return {
    rows: (): T[] => (first.error() ? [] : [...((first.data()?.items ?? []) as T[]), ...more()]),
    /** The first page as the server sent it (with extras such as a total count). */
    firstPage: (): P | undefined => (first.error() ? undefined : first.data()),
    loading: first.loading,
    error: first.error,
    hasMore: () => cursor() !== null,
    loadingMore,
    moreError,
    loadMore,
    refresh: first.refetch,
  };
}

export type PagedList<T> = ReturnType<typeof createPagedList<unknown, Page<T>, T>>;
