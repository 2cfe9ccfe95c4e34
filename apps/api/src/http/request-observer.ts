/**
 * Per request: an id (the load balancer's `X-Request-Id` when it sent a plausible one, else ours),
 * returned as a header; when the answer is done, one log line — id, method, route, status,
 * duration, user id, never a body, header or query string — and one histogram observe. The
 * finish listener is one shared function, not a closure per request.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import type { Logger } from "@roster/db/observability";
import type { ApiMetrics } from "./api-metrics.js";

const started = Symbol("roster.started");
const requestId = Symbol("roster.requestId");
const route = Symbol("roster.route");
const userId = Symbol("roster.userId");

type ObservedResponse = ServerResponse & { [started]?: number; [requestId]?: string; [route]?: string; [userId]?: string | null };

const plausibleId = /^[\w.:-]{1,100}$/;

export interface RequestObserver {
  begin(req: IncomingMessage, res: ServerResponse): void;
  /** The signed-in user, once the context has resolved the caller. */
  setUser(res: ServerResponse, id: string | null): void;
}

export function requestObserver(logger: Logger, metrics: ApiMetrics, nameRoute: (url: string) => string): RequestObserver {
  const prefix = randomBytes(4).toString("hex");
  let counter = 0;
  function onFinish(this: ObservedResponse): void {
    const seconds = (performance.now() - (this[started] ?? 0)) / 1000;
    const name = this[route] ?? "console";
    metrics.observe(name, this.statusCode, seconds);
    const level = name === "health" || name === "metrics" ? "debug" : this.statusCode >= 500 ? "warn" : "info";
    if (logger.isLevelEnabled(level)) {
      logger[level]({ requestId: this[requestId], method: this.req.method, route: name, status: this.statusCode, ms: Math.round(seconds * 10_000) / 10, userId: this[userId] ?? undefined }, "request");
    }
  }
  return {
    begin(req, res) {
      const observed = res as ObservedResponse;
      const incoming = req.headers["x-request-id"];
      const id = typeof incoming === "string" && plausibleId.test(incoming) ? incoming : `${prefix}-${(counter++).toString(36)}`;
      observed[started] = performance.now();
      observed[requestId] = id;
      observed[route] = nameRoute(req.url ?? "/");
      res.setHeader("x-request-id", id);
      res.once("finish", onFinish);
    },
    setUser(res, id) {
      (res as ObservedResponse)[userId] = id;
    },
  };
}
