/**
 * `createQuery` for the Users pages, plus one rule: an UNAUTHORIZED answer means this browser's
 * session is gone (deleted by an admin, expired), so the session is re-read and the console
 * sends the person to the login page.
 */
import { createQuery, type Query } from "../../lib/create-query";
import { useSession } from "../../lib/session";

export function useApiQuery<S, T>(source: () => S | false | null | undefined, fetcher: (source: S) => Promise<T>): Query<T> {
  const session = useSession();
  return createQuery(source, fetcher, {
    onError: (error) => {
      if (error.code === "UNAUTHORIZED") void session.refresh();
    },
  });
}
