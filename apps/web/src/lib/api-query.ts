/**
 * How the console reads server data: `useApiQuery` for one answer, `usePagedList` for a keyset
 * list with "Load more". Both are the plain primitives (`createQuery`, `createPagedList`) plus one
 * rule: an UNAUTHORIZED answer means the session is gone, so it is re-read and the console goes to
 * the login page.
 */
import { createPagedList, type Page } from "./create-paged-list";
import { createQuery, type Query, type QueryOptions } from "./create-query";
import { useSession } from "./session";

export type { Page, PagedList } from "./create-paged-list";
export type { Query } from "./create-query";

function useSessionRule(): QueryOptions {
  const session = useSession();
  return {
    onError: (error) => {
      if (error.code === "UNAUTHORIZED") void session.refresh();
    },
  };
}

export function useApiQuery<S, T>(source: () => S | false | null | undefined, fetcher: (source: S) => Promise<T>): Query<T> {
  return createQuery(source, fetcher, useSessionRule());
}

export function usePagedList<S, P extends Page<unknown>>(source: () => S | false | null | undefined, fetchPage: (source: S, cursor: string | null) => Promise<P>) {
  return createPagedList(source, fetchPage, useSessionRule());
}
