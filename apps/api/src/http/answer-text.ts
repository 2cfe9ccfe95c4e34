/** A short plain-text answer (an error or refusal outside tRPC), never cached. */
import type { ServerResponse } from "node:http";

export function answerText(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(`${message}\n`);
}
