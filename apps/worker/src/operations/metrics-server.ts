/** The worker's own `GET /metrics` on ROSTER_WORKER_METRICS_PORT (same Bearer token as the API's). */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";
import { metricsHandler } from "@roster/db/observability";

export async function startMetricsServer(registry: Registry, token: string | undefined, port: number, host: string): Promise<{ url: string; close(): Promise<void> }> {
  const handle = metricsHandler(registry, token);
  const server = http.createServer((req, res) => {
    if ((req.url ?? "").split("?")[0] !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return { url: `http://${host}:${address.port}/metrics`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
