/**
 * The API's Prometheus metrics: a latency histogram per route and HTTP status (its `_count` is
 * the request count), database pool use, and Node's process metrics. Recording a request is one
 * histogram observe on a cached child: no label objects are built on the hot path.
 */
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Database } from "@roster/db";
import { registerPoolMetrics } from "@roster/db/observability";

export interface ApiMetrics {
  registry: Registry;
  observe(route: string, status: number, seconds: number): void;
}

export function createApiMetrics(database: Database): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerPoolMetrics(registry, database);
  const durations = new Histogram({
    name: "roster_http_request_duration_seconds",
    help: "API requests by route (a tRPC procedure, or the kind of page) and HTTP status, with their latency.",
    labelNames: ["route", "status"],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const children = new Map<string, Map<number, Histogram.Internal<"route" | "status">>>();
  return {
    registry,
    observe(route, status, seconds) {
      let byStatus = children.get(route);
      if (!byStatus) children.set(route, (byStatus = new Map<number, Histogram.Internal<"route" | "status">>()));
      let child = byStatus.get(status);
      if (!child) byStatus.set(status, (child = durations.labels(route, String(status))));
      child.observe(seconds);
    },
  };
}
