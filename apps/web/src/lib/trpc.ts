/** The one tRPC client of the console: plain JSON, batched, same origin (the session cookie rides along). */
import { createTRPCClient, getUntypedClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@roster/api";

export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/trpc" })],
});

/**
 * Calls a mutation the router's type does not declare yet (such as `auth.endImpersonation` while
 * the API grows). Callers treat a missing procedure as "feature not available".
 */
export function mutateByPath(path: string, input?: unknown): Promise<unknown> {
  return getUntypedClient(trpc).mutation(path, input);
}

export { toClientError, isMissingProcedure, type ClientError } from "./client-error";
