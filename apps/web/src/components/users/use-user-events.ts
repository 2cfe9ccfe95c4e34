/** The User events tab's rows: newest first, filtered by action, with "Load more" by cursor. */
import type { TEvent } from "@roster/core";
import { createEffect, createSignal, on } from "solid-js";
import { toClientError, trpc } from "../../lib/trpc";
import { useApiQuery } from "./use-api-query";

const pageSize = 20;

export function useUserEvents(source: () => { userId: string; action: string }) {
  const input = (current: { userId: string; action: string }, cursor: string | null) => ({
    userId: current.userId,
    limit: pageSize,
    ...(current.action ? { action: current.action } : {}),
    ...(cursor ? { cursor } : {}),
  });
  const first = useApiQuery(source, (current) => trpc.users.events.query(input(current, null)));
  const [more, setMore] = createSignal<TEvent[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [moreError, setMoreError] = createSignal<string | null>(null);

  createEffect(
    on(first.data, (page) => {
      setMore([]);
      setCursor(page?.nextCursor ?? null);
    }),
  );

  const loadMore = async () => {
    const from = cursor();
    if (!from || loadingMore()) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await trpc.users.events.query(input(source(), from));
      setMore((rows) => [...rows, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreError(toClientError(error).message);
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    rows: (): TEvent[] => [...(first.data()?.items ?? []), ...more()],
    loading: first.loading,
    error: first.error,
    hasMore: () => cursor() !== null,
    loadingMore,
    moreError,
    loadMore,
    refresh: first.refetch,
  };
}
