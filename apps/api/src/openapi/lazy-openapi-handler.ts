/**
 * The /api/ handler, loaded on the first request under /api/ rather than at start, as the OAuth
 * provider is: trpc-to-openapi, zod-openapi and the document they build (every procedure's
 * schemas as JSON) are not needed by a deployment that only speaks tRPC, and the document is
 * built once, on first use. A failed build is retried by the next request.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiHandler, OpenApiHandlerOptions } from "./openapi-handler.js";

export const apiMountPath = "/api/";

export function isApiPath(url: string): boolean {
  return url.startsWith(apiMountPath) || url === "/api";
}

export function lazyOpenApiHandler(options: OpenApiHandlerOptions): ApiHandler {
  let loading: Promise<ApiHandler> | undefined;
  const load = () => {
    loading ??= import("./openapi-handler.js")
      .then(({ createOpenApiHandler }) => createOpenApiHandler(options))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
  return async (req: IncomingMessage, res: ServerResponse) => (await load())(req, res);
}
