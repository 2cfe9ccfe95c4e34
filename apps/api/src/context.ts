/**
 * Per-request context: a fresh unit of work, where the request comes from, and who is calling
 * (from the session cookie or an API token). The caller and the caller's permissions are
 * resolved on every request, in one statement, so a change takes effect on the next one.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Actor, RequestOrigin } from "@roster/core";
import { deviceCookieLifetimeSeconds, resolveCaller, UsageRecorder, type Credential, type Database, type EntityManager, type ResolvedCaller } from "@roster/db";
import { clientAddress } from "./http/client-address.js";
import { appendCookie, cookieName, readCookies } from "./http/cookies.js";
import { sessionLifetimeSeconds, type AppConfig } from "./app-config.js";
import { rethrowMapped } from "./errors.js";

export interface Context {
  app: AppConfig;
  em: EntityManager;
  req: IncomingMessage;
  res: ServerResponse;
  origin: RequestOrigin;
  actor: Actor | null;
  /** The signed-in user as `auth.me` shows it (for an impersonation session: the impersonated user). */
  user: ResolvedCaller["user"] | null;
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

/** Builds the context of one request (the server binds the configuration, database and usage recorder). */
export type ContextFactory = (req: IncomingMessage, res: ServerResponse) => Promise<Context>;

export async function createContext(app: AppConfig, database: Database, usage: UsageRecorder, req: IncomingMessage, res: ServerResponse): Promise<Context> {
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
    user: null,
    authMethod: null,
    impersonationReason: null,
    flowCookie: cookies.get(cookieName("flow", secure)) ?? null,
    deviceCookie: cookies.get(cookieName("device", secure)) ?? null,
    setSessionCookie: (value) => appendCookie(res, "session", value ?? "", { secure, maxAgeSeconds: value ? sessionLifetimeSeconds : 0 }),
    setFlowCookie: (value) => appendCookie(res, "flow", value ?? "", { secure, maxAgeSeconds: value ? 3600 : 0 }),
    setDeviceCookie: (value) => appendCookie(res, "device", value, { secure, maxAgeSeconds: deviceCookieLifetimeSeconds }),
  };

  const bearer = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ""))?.[1]?.trim();
  const cookie = cookies.get(cookieName("session", secure));
  const credential: Credential | null = bearer ? { kind: "token", key: bearer } : cookie ? { kind: "session", cookieValue: cookie } : null;
  // A database away while resolving the caller is the clear 503 a procedure would give, not a 500.
  const caller = credential ? await resolveCaller(em, credential).catch(rethrowMapped) : null;
  if (!caller) return context;

  context.authMethod = caller.tokenId ? "token" : "session";
  context.impersonationReason = caller.impersonationReason;
  context.user = caller.user;
  context.actor = {
    userId: caller.user.id,
    username: caller.user.username,
    permissions: caller.permissions,
    sessionId: caller.sessionId,
    tokenId: caller.tokenId,
    impersonator: caller.impersonator,
    ...origin,
  };
  if (UsageRecorder.isDue(caller.lastUsed)) {
    if (caller.sessionId) usage.sessionUsed(caller.sessionId, origin);
    if (caller.tokenId) usage.tokenUsed(caller.tokenId);
  }
  return context;
}
