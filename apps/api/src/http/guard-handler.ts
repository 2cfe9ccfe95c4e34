/**
 * Keeps a failure to the one request it happened in: whatever a handler throws, synchronously or
 * from its promise, is answered — the 503 of an unavailable database as such, anything unexpected
 * logged and answered 500 (or the connection cut when the answer had already begun) — and the
 * process goes on serving everyone else.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "@roster/db/observability";
import { toAppError } from "../errors.js";
import { answerText } from "./answer-text.js";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export function guardHandler(logger: Logger, handler: RequestHandler): RequestListener {
  return (req, res) => {
    // An async wrapper turns a synchronous throw into a rejection as well.
    void (async () => handler(req, res))().catch((error: unknown) => answerUnexpected(logger, req, res, error));
  };
}

function answerUnexpected(logger: Logger, req: IncomingMessage, res: ServerResponse, error: unknown): void {
  // The client went away mid-answer: nothing failed on our side, and nobody is left to answer.
  if ((error as { code?: unknown } | null)?.code === "ERR_STREAM_PREMATURE_CLOSE") return;
  const known = toAppError(error);
  if (known?.code !== "SERVICE_UNAVAILABLE") {
    // The query string is left out of the log: recovery and flow links carry tokens there.
    logger.error({ method: req.method, path: (req.url ?? "").split("?")[0], error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, "request failed");
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (known?.code === "SERVICE_UNAVAILABLE") return answerText(res, 503, known.message);
  answerText(res, 500, "Something went wrong on the server. The error was logged.");
}
