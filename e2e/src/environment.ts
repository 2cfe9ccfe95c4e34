/**
 * The product as a browser test sees it: the API serving the built console on its own cloned
 * database, optionally with a worker, on a fixed local origin so that the Origin rule holds.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@roster/db/embedded";
import { startTestApp, type TestApp } from "@roster/api/testing";
import { createLogger } from "@roster/db/observability";
import { startWorker, type RunningWorker } from "@roster/worker";

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../apps/web/dist");

export interface Environment {
  app: TestApp;
  baseUrl: string;
  worker: RunningWorker | null;
  close(): Promise<void>;
}

export interface EnvironmentOptions {
  /** Run a worker in-process (jobs: revoke sessions, send email, exports). */
  worker?: boolean;
  /** Where the worker's send-email delivers. */
  smtpUrl?: string;
  env?: Record<string, string>;
  /** The public URL's host: WebAuthn needs a host name (`localhost`), never an IP address. */
  host?: "127.0.0.1" | "localhost";
}

export async function startEnvironment(options: EnvironmentOptions = {}): Promise<Environment> {
  const port = await freePort();
  const baseUrl = `http://${options.host ?? "127.0.0.1"}:${port}`;
  const app = await startTestApp({ ROSTER_PUBLIC_URL: baseUrl, ...options.env }, { webDist, port });
  // The worker logs like the API: errors only, unless the test asks for more (ROSTER_LOG_LEVEL, ROSTER_LOG_FILE).
  const logger = createLogger({ service: "worker", level: options.env?.ROSTER_LOG_LEVEL ?? "error", format: "json", file: options.env?.ROSTER_LOG_FILE });
  const worker = options.worker ? await startWorker({ databaseUrl: app.databaseUrl, database: app.database, concurrency: 2, smtpUrl: options.smtpUrl ?? null, logger }) : null;
  return {
    app,
    baseUrl,
    worker,
    async close() {
      await worker?.stop();
      await app.close();
    },
  };
}
