/**
 * `/api/v1/<router>/<procedure>`: a REST call is the procedure's tRPC call, resolved by tRPC
 * itself with the same context (bearer token or session cookie), middlewares (permission checks,
 * the Origin rule for cookie mutations), error formatter and body limit as /trpc. Only the wire
 * changes: the input comes from the query parameters (GET) or is the JSON body (POST), and the
 * answer is the procedure's output itself, or the tRPC error object with its HTTP status.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnyTRPCRouter, TRPCError } from "@trpc/server";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import { resolveResponse } from "@trpc/server/http";
import type { Context } from "../context.js";
import { inputFromQuery } from "./query-input.js";
import { routeKey } from "./rest-route.js";
import type { RestProcedure, RestSurface } from "./rest-surface.js";

export interface RestHandlerOptions {
  router: AnyTRPCRouter;
  surface: RestSurface;
  maxBodySize: number;
  createContext: (req: IncomingMessage, res: ServerResponse) => Promise<Context>;
  onError: (failure: { error: TRPCError; path: string | undefined }) => void;
}

interface TrpcEnvelope {
  result?: { data?: unknown };
  error?: unknown;
}

export function restHandler(options: RestHandlerOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname.replace(/\/+$/, "");
    const route = options.surface.routes.get(routeKey(req.method ?? "GET", path));
    if (!route) return answerNotRouted(res, path, options.surface);
    const request = tRPCRequest(req, res, url, route, options.maxBodySize);
    const response = await resolveResponse({
      router: options.router,
      req: request,
      path: route.procedure,
      error: null,
      createContext: () => options.createContext(req, res),
      onError: (failure) => options.onError({ error: failure.error, path: failure.path }),
    });
    const envelope = (await response.json()) as TrpcEnvelope;
    for (const [key, value] of response.headers) if (key !== "set-cookie" && key !== "content-length" && key !== "content-type") res.setHeader(key, value);
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) res.appendHeader("set-cookie", cookies);
    answerJson(res, response.status, "error" in envelope ? envelope.error : (envelope.result?.data ?? null));
  };
}

/** The request tRPC would have received at /trpc for this call. */
function tRPCRequest(req: IncomingMessage, res: ServerResponse, url: URL, route: RestProcedure, maxBodySize: number): Request {
  const request = incomingMessageToRequest(req, res, { maxBodySize });
  if (route.type === "mutation") return request;
  const input = inputFromQuery(url.searchParams, route.procedureDef.inputs);
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return new Request(`http://localhost/trpc/${route.procedure}${query}`, { method: "GET", headers: request.headers, signal: request.signal });
}

function answerNotRouted(res: ServerResponse, path: string, surface: RestSurface): void {
  const methods = ["GET", "POST"].filter((method) => surface.routes.has(routeKey(method, path)));
  if (methods.length > 0) {
    res.setHeader("allow", methods.join(", "));
    return answerJson(res, 405, restError(`Use ${methods.join(" or ")} for ${path}.`, "METHOD_NOT_SUPPORTED", 405, -32005));
  }
  answerJson(res, 404, restError(`No endpoint ${path}. The list is at /api/openapi.json.`, "NOT_FOUND", 404, -32004));
}

function restError(message: string, code: string, httpStatus: number, jsonRpcCode: number) {
  return { message, code: jsonRpcCode, data: { code, httpStatus } };
}

export function answerJson(res: ServerResponse, status: number, body: unknown): void {
  const text = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { "content-type": "application/json", "content-length": text.length, "cache-control": "no-store" });
  res.end(text);
}
