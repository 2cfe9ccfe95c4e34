/**
 * The OAuth provider, loaded on the first request under /oauth rather than at start: oidc-provider
 * and Koa are a large share of an idle API's memory, and a deployment without OAuth clients never
 * needs them. A failed start (PostgreSQL down, say) is retried by the next request.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "@roster/db";
import type { Logger } from "@roster/db/observability";
import type { AppConfig } from "../app-config.js";
import type { OAuthHandler } from "./oauth-handler.js";

export function lazyOAuthHandler(app: AppConfig, database: Database, logger: Logger): OAuthHandler {
  let loading: Promise<OAuthHandler> | undefined;
  const load = () => {
    loading ??= import("./oauth-handler.js")
      .then(({ createOAuthHandler }) => createOAuthHandler(app, database, logger))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
  return {
    handle: async (req: IncomingMessage, res: ServerResponse) => (await load()).handle(req, res),
    flush: async () => {
      if (loading) await (await loading).flush();
    },
  };
}
