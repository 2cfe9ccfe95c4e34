/**
 * The HTTP server: tRPC at /trpc, the same procedures as REST under /api/v1 (with the OpenAPI
 * document and the API reference page under /api), the OAuth2 / OpenID provider at /oauth, export
 * downloads, health checks, metrics, and the built console for everything else. Each request gets an id, one log
 * line and one histogram observe.
 * Every answer carries the security headers, and no request can end the process: each handler
 * runs guarded. Request lines and headers are bounded by Node's own limits (16 KB of headers,
 * answered 431 beyond), which are kept.
 */
import http from "node:http";
import type { TRPCError } from "@trpc/server";
import type { AddressInfo } from "node:net";
import { readinessCheck, UsageRecorder, type Database } from "@roster/db";
import { metricsHandler, silentLogger, type Logger } from "@roster/db/observability";
import type { AppConfig } from "./app-config.js";
import { createContext, type ContextFactory } from "./context.js";
import { maxTrpcBodyBytes, refuseOversizedBody } from "./http/body-limit.js";
import { isApplicationIcon, serveApplicationIcon } from "./http/application-icon.js";
import { downloadExport, isExportDownload } from "./http/download-export.js";
import { createApiMetrics, type ApiMetrics } from "./http/api-metrics.js";
import { guardHandler } from "./http/guard-handler.js";
import { healthHandler, isHealthCheck } from "./http/health.js";
import { requestObserver } from "./http/request-observer.js";
import { routeNamer } from "./http/request-route.js";
import { lazyOAuthHandler } from "./oauth/lazy-oauth-handler.js";
import { isApiPath, lazyOpenApiHandler } from "./openapi/lazy-openapi-handler.js";
import { isOAuthPath } from "./oauth/mount-path.js";
import { setSecurityHeaders } from "./http/security-headers.js";
import { staticFiles } from "./http/static-files.js";
import { trpcHandler } from "./http/trpc-handler.js";
import { appRouter } from "./router.js";

/**
 * How long one statement of the API's pool may run before PostgreSQL cancels it: far above any
 * query a page needs (the benchmarks' slowest takes tens of milliseconds on a million users),
 * short enough that a runaway query fails its request instead of holding a pool connection.
 */
export const apiStatementTimeoutMs = 5_000;

/** The version the OpenAPI document states for the REST surface under /api/v1. */
const restApiVersion = "1.0.0";

export interface ServerOptions {
  app: AppConfig;
  database: Database;
  webDist: string | null;
  port: number;
  host: string;
  logger?: Logger;
  /** `GET /metrics` answers only with this Bearer token; unset, there are no metrics. */
  metricsToken?: string | undefined;
  /** How long close() waits for requests in flight before cutting their connections. */
  drainTimeoutMs?: number;
}

export interface RunningServer {
  server: http.Server;
  url: string;
  metrics: ApiMetrics;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? silentLogger();
  const usage = new UsageRecorder(
    () => options.database.fork(),
    (error) => logger.error({ error: error instanceof Error ? error.message : String(error) }, "recording session and token use failed"),
  );
  const metrics = createApiMetrics(options.database);
  const observer = requestObserver(logger, metrics, routeNamer(Object.keys(appRouter._def.procedures)));
  const contextFor: ContextFactory = async (req, res) => {
    const context = await createContext(options.app, options.database, usage, req, res);
    observer.setUser(res, context.actor?.userId ?? null);
    return context;
  };
  const health = healthHandler(readinessCheck(options.database));
  const serveMetrics = metricsHandler(metrics.registry, options.metricsToken);
  const onProcedureError = ({ error, path }: { error: TRPCError; path: string | undefined }) => {
    if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ route: path ?? "?", error: error.cause?.stack ?? error.stack ?? error.message }, "procedure failed");
  };
  const trpc = trpcHandler({ router: appRouter, basePath: "/trpc/", maxBodySize: maxTrpcBodyBytes, createContext: contextFor, onError: onProcedureError });
  const api = lazyOpenApiHandler({ router: appRouter, publicUrl: options.app.publicUrl, version: restApiVersion, maxBodySize: maxTrpcBodyBytes, createContext: contextFor, onError: onProcedureError });
  const oauth = lazyOAuthHandler(options.app, options.database, logger);
  const serveStatic = staticFiles(options.webDist);
  const server = http.createServer(
    guardHandler(logger, async (req, res) => {
      observer.begin(req, res);
      setSecurityHeaders(res, options.app.publicUrl);
      const url = req.url ?? "/";
      if (isHealthCheck(url)) return health(req, res);
      if (url === "/metrics" || url.startsWith("/metrics?")) return serveMetrics(req, res);
      if (url.startsWith("/trpc/")) {
        res.setHeader("cache-control", "no-store");
        // The tRPC handler catches its own failures (and answers them); it returns nothing to await.
        if (!refuseOversizedBody(req, res)) trpc(req, res);
        return;
      }
      if (isApiPath(url)) return refuseOversizedBody(req, res) ? undefined : api(req, res);
      if (isOAuthPath(url)) return oauth.handle(req, res);
      if (isExportDownload(url)) return downloadExport(contextFor, req, res);
      if (isApplicationIcon(url)) return serveApplicationIcon(contextFor, req, res);
      return serveStatic(req, res);
    }),
  );
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${options.host}:${address.port}`,
    metrics,
    // Drains: no new connections, idle keep-alive ones closed, requests in flight answered; those
    // still running after the drain timeout are cut.
    close: async () => {
      await new Promise<void>((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), options.drainTimeoutMs ?? 10_000);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      });
      await usage.flush();
      await oauth.flush();
    },
  };
}
