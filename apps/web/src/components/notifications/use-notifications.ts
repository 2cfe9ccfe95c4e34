/**
 * The signed-in person's notifications for the bell: loaded at once, then every 10 s, when the
 * window regains focus, and whenever a page calls `refreshNotifications()`.
 */
import { createEffect, on, onCleanup, onMount } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { notificationRefreshes } from "../../lib/notification-refresh";
import { trpc } from "../../lib/trpc";

const pollMs = 10_000;
const pageSize = 30;

export function useNotifications() {
  const query = useApiQuery(() => true, () => trpc.notifications.list.query({ limit: pageSize }));
  const refresh = () => void query.refetch();

  onMount(() => {
    const timer = setInterval(refresh, pollMs);
    window.addEventListener("focus", refresh);
    onCleanup(() => {
      clearInterval(timer);
      window.removeEventListener("focus", refresh);
    });
  });
  createEffect(on(notificationRefreshes, refresh, { defer: true }));

  const markSeen = async (ids?: string[]) => {
    await trpc.notifications.markSeen.mutate(ids ? { ids } : {});
    await query.refetch();
  };
  const remove = async (ids: string[]) => {
    await trpc.notifications.delete.mutate({ ids });
    await query.refetch();
  };

  return {
    items: () => query.data()?.items ?? [],
    unseen: () => query.data()?.unseen ?? 0,
    hasMore: () => (query.data()?.nextCursor ?? null) !== null,
    loading: () => query.loading() && query.data() === undefined,
    error: query.error,
    refresh,
    markSeen,
    remove,
  };
}

export type Notifications = ReturnType<typeof useNotifications>;
