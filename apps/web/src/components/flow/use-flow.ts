/**
 * Drives one flow through `flows.execute`: starts it (with the URL's `?token=` on the first call
 * only), answers challenges, restarts it ("Not you?"). A thrown API error (unknown flow, server
 * down) is kept apart from a challenge's own `error`, which the stage wrote for the person.
 */
import { createSignal } from "solid-js";
import type { TFlowResult } from "../../lib/api-types";
import { toClientError, trpc, type ClientError } from "../../lib/trpc";

export interface FlowController {
  result: () => TFlowResult | null;
  failure: () => ClientError | null;
  busy: () => boolean;
  start: () => Promise<void>;
  submit: (response: Record<string, unknown>) => Promise<void>;
  restart: () => Promise<void>;
}

export function useFlow(slug: string, token?: string): FlowController {
  const [result, setResult] = createSignal<TFlowResult | null>(null);
  const [failure, setFailure] = createSignal<ClientError | null>(null);
  const [busy, setBusy] = createSignal(false);

  const call = async (input: { response?: Record<string, unknown>; restart?: boolean; token?: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      setResult(await trpc.flows.execute.mutate({ slug, ...input }));
    } catch (error) {
      setFailure(toClientError(error));
    } finally {
      setBusy(false);
    }
  };

  return {
    result,
    failure,
    busy,
    start: () => call(token ? { token } : {}),
    submit: (response) => call({ response }),
    restart: () => call({ restart: true }),
  };
}
