/**
 * `GET /-/health/live` (200 while the process serves) and `GET /-/health/ready` (200 when
 * PostgreSQL answers and the migrations are current, else 503), for load balancers and
 * orchestrators. Neither needs authentication, and neither says more than ok or why not.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readiness } from "@roster/db";

export const livePath = "/-/health/live";
export const readyPath = "/-/health/ready";

export function isHealthCheck(url: string): boolean {
  return url === livePath || url === readyPath || url.startsWith(`${livePath}?`) || url.startsWith(`${readyPath}?`);
}

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
}

export function healthHandler(checkReadiness: () => Promise<Readiness>): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if ((req.url ?? "").startsWith(livePath)) return answer(res, 200, { status: "live" });
    const readiness = await checkReadiness();
    answer(res, readiness.ready ? 200 : 503, { status: readiness.ready ? "ready" : "unavailable", database: readiness.database, migrations: readiness.migrations });
  };
}
