/** The one tRPC client of the console: plain JSON, batched, same origin (the session cookie rides along). */
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@roster/api";

export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/trpc" })],
});

export { toClientError, isMissingProcedure, type ClientError } from "./client-error";
