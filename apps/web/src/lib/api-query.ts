/**
 * Data hooks for the admin pages: `useApiQuery` is `createQuery` plus one rule (an UNAUTHORIZED
 * answer means the session is gone, so it is re-read and the console goes to the login page);
 * `usePagedList` adds keyset "Load more" on top of it.
 */
import { createEffect, createSignal, on } from "solid-js";
import { toClientError } from "./client-error";
import { createQuery, type Query } from "./create-query";
import { useSession } from "./session";

export function useApiQuery<S, T>(source: () => S | false | null | undefined, fetcher: (source: S) => Promise<T>): Query<T> {
  const session = useSession();
  return createQuery(source, fetcher, {
    onError: (error) => {
      if (error.code === "UNAUTHORIZED") void session.refresh();
    },
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function usePagedList<S, T>(source: () => S | false | null | undefined, fetchPage: (source: S, cursor: string | null) => Promise<Page<T>>) {
  let current: S | null = null;
  const first = useApiQuery(source, (value) => {
    current = value;
    return fetchPage(value, null);
  });
  const [more, setMore] = createSignal<T[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [moreError, setMoreError] = createSignal<string | null>(null);

  createEffect(
    on(first.data, (page) => {
      setMore([]);
      setCursor(page?.nextCursor ?? null);
      setMoreError(null);
    }),
  );

  const loadMore = async () => {
    const from = cursor();
    if (!from || loadingMore() || current === null) return;
    setLoadingMore(true);
    try {
      const page = await fetchPage(current, from);
      setMore((rows) => [...rows, ...page.items]);
      setCursor(page.nextCursor);
      setMoreError(null);
    } catch (error) {
      setMoreError(toClientError(error).message);
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    rows: (): T[] => (first.error() ? [] : [...(first.data()?.items ?? []), ...more()]),
    loading: first.loading,
    error: first.error,
    hasMore: () => cursor() !== null,
    loadingMore,
    moreError,
    loadMore,
    refresh: first.refetch,
  };
}

export type PagedList<T> = ReturnType<typeof usePagedList<unknown, T>>;
