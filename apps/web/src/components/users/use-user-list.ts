/** The Users list's rows: the first page for the current filters, then "Load more" by cursor. */
import type { TUser } from "@roster/core";
import { createEffect, createSignal, on } from "solid-js";
import { toClientError, trpc } from "../../lib/trpc";
import { userListInput, type UserListFilters } from "../../lib/user-list-filters";
import type { Count } from "../../lib/format-count";
import { useApiQuery } from "./use-api-query";

export function useUserList(filters: () => UserListFilters) {
  const first = useApiQuery(filters, (current) => trpc.users.list.query(userListInput(current)));
  const [more, setMore] = createSignal<TUser[]>([]);
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
    if (!from || loadingMore()) return;
    setLoadingMore(true);
    try {
      const page = await trpc.users.list.query(userListInput(filters(), from));
      setMore((rows) => [...rows, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreError(toClientError(error).message);
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    rows: (): TUser[] => (first.error() ? [] : [...(first.data()?.items ?? []), ...more()]),
    count: (): Count | null => (first.error() ? null : (first.data()?.count ?? null)),
    loading: first.loading,
    error: first.error,
    hasMore: () => cursor() !== null,
    loadingMore,
    moreError,
    loadMore,
    refresh: first.refetch,
  };
}
