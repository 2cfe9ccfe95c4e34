/**
 * The HTTP server: tRPC at /trpc, export downloads, and the built console for everything else.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import type { Database } from "@roster/db";
import type { AppConfig } from "./app-config.js";
import { createContext } from "./context.js";
import { downloadExport, isExportDownload } from "./http/download-export.js";
import { staticFiles } from "./http/static-files.js";
import { appRouter } from "./router.js";

export interface ServerOptions {
  app: AppConfig;
  database: Database;
  webDist: string | null;
  port: number;
  host: string;
}

export interface RunningServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    createContext: ({ req, res }) => createContext(options.app, options.database, req, res),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[api] ${path ?? "?"}: ${error.cause?.stack ?? error.stack ?? error.message}`);
    },
  });
  const serveStatic = staticFiles(options.webDist);
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (url.startsWith("/trpc/")) {
      res.setHeader("cache-control", "no-store");
      trpc(req, res);
      return;
    }
    if (isExportDownload(url)) {
      void downloadExport(options.app, options.database, req, res);
      return;
    }
    serveStatic(req, res);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${options.host}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
