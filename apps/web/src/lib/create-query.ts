/**
 * Loads data for a page part without Suspense (which would blank the whole page on every
 * refetch): the last data stays on screen while the next request runs, and an answer that
 * arrives after a newer request started is dropped.
 */
import { createEffect, createSignal, on } from "solid-js";
import { toClientError, type ClientError } from "./client-error";

export interface Query<T> {
  data: () => T | undefined;
  error: () => ClientError | null;
  loading: () => boolean;
  refetch: () => Promise<void>;
  mutate: (value: T) => void;
}

export interface QueryOptions {
  onError?: (error: ClientError) => void;
}

/** `source` returning `false`, `null` or `undefined` means "do not load (yet)". */
export function createQuery<S, T>(source: () => S | false | null | undefined, fetcher: (source: S) => Promise<T>, options: QueryOptions = {}): Query<T> {
  const [data, setData] = createSignal<T>();
  const [error, setError] = createSignal<ClientError | null>(null);
  const [loading, setLoading] = createSignal(true);
  let latest = 0;
  let lastSource: { value: S } | null = null;

  const run = async (value: S) => {
    const request = ++latest;
    setLoading(true);
    try {
      const result = await fetcher(value);
      if (request !== latest) return;
      setData(() => result);
      setError(null);
    } catch (caught) {
      if (request !== latest) return;
      const failure = toClientError(caught);
      setError(failure);
      options.onError?.(failure);
    } finally {
      if (request === latest) setLoading(false);
    }
  };

  createEffect(
    on(source, (value) => {
      if (value === false || value === null || value === undefined) return;
      lastSource = { value };
      void run(value);
    }),
  );

  return {
    data,
    error,
    loading,
    refetch: () => (lastSource ? run(lastSource.value) : Promise.resolve()),
    mutate: (value) => setData(() => value),
  };
}
