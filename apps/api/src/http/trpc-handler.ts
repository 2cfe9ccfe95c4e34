/**
 * tRPC at /trpc/ on node's http server, answering each call in one write. tRPC's own node
 * adapter pipes the answer through a web WritableStream and ends the response separately: two
 * writes, chunked encoding, and stream machinery on every request. The console and the bench
 * client use non-streaming batches (httpBatchLink), so the whole answer is read at once and sent
 * with its Content-Length. Requests go through tRPC's own conversion and resolver unchanged.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnyTRPCRouter, TRPCError } from "@trpc/server";
import { incomingMessageToRequest, internal_exceptionHandler } from "@trpc/server/adapters/node-http";
import { resolveResponse } from "@trpc/server/http";
import type { Context } from "../context.js";

export interface TrpcHandlerOptions {
  router: AnyTRPCRouter;
  /** Where the procedures are mounted, with slashes: `/trpc/`. */
  basePath: string;
  maxBodySize: number;
  createContext: (req: IncomingMessage, res: ServerResponse) => Promise<Context>;
  onError: (failure: { error: TRPCError; path: string | undefined }) => void;
}

export function trpcHandler(options: TrpcHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const path = (req.url ?? "").slice(options.basePath.length).split("?")[0]?.replace(/\/+$/, "") ?? "";
    answer(options, path, req, res).catch(internal_exceptionHandler({ req, res, path, router: options.router, onError: options.onError }));
  };
}

async function answer(options: TrpcHandlerOptions, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const request = incomingMessageToRequest(req, res, { maxBodySize: options.maxBodySize });
  const response = await resolveResponse({
    router: options.router,
    req: request,
    path,
    error: null,
    createContext: () => options.createContext(req, res),
    onError: (failure) => options.onError({ error: failure.error, path: failure.path }),
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (res.statusCode === 200) res.statusCode = response.status;
  for (const [key, value] of response.headers) if (key !== "set-cookie") res.setHeader(key, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.appendHeader("set-cookie", cookies);
  res.setHeader("content-length", body.length);
  res.end(body);
}
