/**
 * `GET /metrics` in Prometheus text format, only with `Authorization: Bearer <ROSTER_METRICS_TOKEN>`.
 * Without a configured token there are no metrics (404): they name procedures and hosts, which a
 * stranger has no business reading.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Registry } from "prom-client";

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

export function metricsHandler(registry: Registry, token: string | undefined): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const expected = token ? digest(token) : null;
  return async (req, res) => {
    if (!expected) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Metrics are off: set ROSTER_METRICS_TOKEN.\n");
      return;
    }
    const header = req.headers.authorization ?? "";
    const given = header.startsWith("Bearer ") ? digest(header.slice("Bearer ".length)) : null;
    if (!given || !timingSafeEqual(given, expected)) {
      res.writeHead(401, { "content-type": "text/plain; charset=utf-8", "www-authenticate": "Bearer" }).end("Send Authorization: Bearer <ROSTER_METRICS_TOKEN>.\n");
      return;
    }
    const body = await registry.metrics();
    res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" }).end(body);
  };
}
