/**
 * `/oauth` on the API's node server: Roster's interaction pages first, everything else to
 * oidc-provider (its Koa app, with the mount prefix taken off the URL). Records
 * `authorize_application` for each authorization, and ends the Roster session when a client's
 * end-session request is confirmed. Its HTML pages get a CSP of their own: no script at all.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { KoaContextWithOIDC } from "oidc-provider";
import { logout, recordAuthorization, type Database } from "@roster/db";
import type { Logger } from "@roster/db/observability";
import type { AppConfig } from "../app-config.js";
import { clientAddress } from "../http/client-address.js";
import { interactionHandler, isInteractionPath } from "./interactions.js";
import { createOAuthProvider, oauthMountPath } from "./provider.js";
import { rosterSessionReader } from "./roster-session.js";

const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'";

export interface OAuthHandler {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Waits for the event writes still under way (on shutdown). */
  flush(): Promise<void>;
}

export async function createOAuthHandler(app: AppConfig, database: Database, logger: Logger): Promise<OAuthHandler> {
  const readSession = rosterSessionReader(database, app.publicUrl.protocol === "https:");
  const provider = await createOAuthProvider({ app, database, readSession, logger });
  const interactions = interactionHandler({ provider, database, publicUrl: app.publicUrl, readSession });
  const callback = provider.callback();
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>, what: string) => {
    const tracked = work.catch((error: unknown) => logger.error({ error: error instanceof Error ? error.message : String(error) }, `oauth: ${what} failed`)).finally(() => pending.delete(tracked));
    pending.add(tracked);
  };
  const originOf = (req: IncomingMessage) => ({
    clientIp: clientAddress(req, app.trustedProxies),
    userAgent: String(req.headers["user-agent"] ?? ""),
    brand: (req.headers.host ?? "").split(":")[0] ?? "",
  });

  provider.on("authorization.accepted", (ctx: KoaContextWithOIDC) => {
    const { session, client, entities } = ctx.oidc;
    if (!session?.accountId || !client || !entities.Grant) return;
    const scopes = (entities.Grant.getOIDCScopeFiltered(ctx.oidc.requestParamScopes) ?? "").split(" ").filter(Boolean);
    track(recordAuthorization(database.fork(), { userId: session.accountId, clientId: client.clientId, scopes, origin: originOf(ctx.req) }), "recording authorize_application");
  });
  provider.on("end_session.success", (ctx: KoaContextWithOIDC) => {
    track(
      (async () => {
        const caller = await readSession(ctx.req);
        if (!caller?.sessionId) return;
        const origin = originOf(ctx.req);
        await logout(database.fork(), { userId: caller.user.id, username: caller.user.username, permissions: caller.permissions, sessionId: caller.sessionId, tokenId: null, impersonator: caller.impersonator, ...origin }, origin);
      })(),
      "ending the Roster session",
    );
  });
  provider.on("server_error", (_ctx: KoaContextWithOIDC, error: Error) => logger.error({ error: error.stack ?? error.message }, "oauth: server error"));

  return {
    async handle(req, res) {
      res.setHeader("content-security-policy", contentSecurityPolicy);
      res.setHeader("cache-control", "no-store");
      const url = req.url ?? "/";
      if (isInteractionPath(url)) return interactions(req, res);
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
      req.url = url.slice(oauthMountPath.length) || "/";
      await callback(req, res);
    },
    async flush() {
      await Promise.all([...pending]);
    },
  };
}
