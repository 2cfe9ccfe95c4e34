/**
 * Keeps a failure to the one request it happened in: whatever a handler throws, synchronously or
 * from its promise, is logged and answered 500 (or the connection is cut when the answer had
 * already begun), and the process goes on serving everyone else.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export function guardHandler(handler: RequestHandler): RequestListener {
  return (req, res) => {
    // An async wrapper turns a synchronous throw into a rejection as well.
    void (async () => handler(req, res))().catch((error: unknown) => answerUnexpected(req, res, error));
  };
}

function answerUnexpected(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  // The client went away mid-answer: nothing failed on our side, and nobody is left to answer.
  if ((error as { code?: unknown } | null)?.code === "ERR_STREAM_PREMATURE_CLOSE") return;
  // The query string is left out of the log: recovery and flow links carry tokens there.
  const path = (req.url ?? "").split("?")[0];
  console.error(`[api] ${req.method} ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end("Something went wrong on the server. The error was logged.\n");
}
