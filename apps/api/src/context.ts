/**
 * Per-request context: a fresh unit of work, where the request comes from, and who is calling
 * (from the session cookie or an API token). Permissions are loaded on every request, so a
 * change takes effect on the next one.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Actor, RequestOrigin } from "@roster/core";
import { deviceCookieLifetimeSeconds, loadPermissions, resolveApiToken, resolveSession, type Database, type EntityManager } from "@roster/db";
import { clientAddress } from "./http/client-address.js";
import { appendCookie, cookieName, readCookies } from "./http/cookies.js";
import { sessionLifetimeSeconds, type AppConfig } from "./app-config.js";

export interface Context {
  app: AppConfig;
  em: EntityManager;
  req: IncomingMessage;
  res: ServerResponse;
  origin: RequestOrigin;
  actor: Actor | null;
  /** How the actor authenticated; cookie-authenticated mutations must pass the Origin check. */
  authMethod: "session" | "token" | null;
  impersonationReason: string | null;
  flowCookie: string | null;
  /** The browser's device cookie (sign-in throttling), if it has one. */
  deviceCookie: string | null;
  setSessionCookie(value: string | null): void;
  setFlowCookie(value: string | null): void;
  setDeviceCookie(value: string): void;
}

export async function createContext(app: AppConfig, database: Database, req: IncomingMessage, res: ServerResponse): Promise<Context> {
  const em = database.fork();
  const cookies = readCookies(req);
  const origin: RequestOrigin = {
    clientIp: clientAddress(req, app.trustedProxies),
    userAgent: String(req.headers["user-agent"] ?? ""),
    brand: (req.headers.host ?? "").split(":")[0] ?? "",
  };
  const secure = app.publicUrl.protocol === "https:";
  const context: Context = {
    app,
    em,
    req,
    res,
    origin,
    actor: null,
    authMethod: null,
    impersonationReason: null,
    flowCookie: cookies.get(cookieName("flow", secure)) ?? null,
    deviceCookie: cookies.get(cookieName("device", secure)) ?? null,
    setSessionCookie: (value) => appendCookie(res, "session", value ?? "", { secure, maxAgeSeconds: value ? sessionLifetimeSeconds : 0 }),
    setFlowCookie: (value) => appendCookie(res, "flow", value ?? "", { secure, maxAgeSeconds: value ? 3600 : 0 }),
    setDeviceCookie: (value) => appendCookie(res, "device", value, { secure, maxAgeSeconds: deviceCookieLifetimeSeconds }),
  };

  const bearer = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ""))?.[1]?.trim();
  if (bearer) {
    const token = await resolveApiToken(em, bearer);
    if (token) {
      context.authMethod = "token";
      context.actor = await actorFor(em, origin, token.userId, token.username, { tokenId: token.tokenId });
    }
    return context;
  }
  const cookie = cookies.get(cookieName("session", secure));
  if (cookie) {
    const session = await resolveSession(em, cookie, origin);
    if (session) {
      context.authMethod = "session";
      context.impersonationReason = session.impersonationReason;
      context.actor = await actorFor(em, origin, session.userId, session.username, { sessionId: session.sessionId, impersonator: session.impersonator });
    }
  }
  return context;
}

async function actorFor(
  em: EntityManager,
  origin: RequestOrigin,
  userId: string,
  username: string,
  via: { sessionId?: string; tokenId?: string; impersonator?: Actor["impersonator"] },
): Promise<Actor> {
  const permissions = await loadPermissions(em, userId);
  return {
    userId,
    username,
    permissions,
    sessionId: via.sessionId ?? null,
    tokenId: via.tokenId ?? null,
    impersonator: via.impersonator ?? null,
    ...origin,
  };
}
