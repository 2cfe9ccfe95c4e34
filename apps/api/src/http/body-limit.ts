/**
 * The size limit of tRPC request bodies. The largest thing the console sends is a flow blueprint
 * (YAML import), well under a megabyte; anything bigger is refused before it is read.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export const maxTrpcBodyBytes = 1024 * 1024;

/** Shaped like a tRPC error, so that the console's client shows the message. */
const payloadTooLarge = JSON.stringify({
  error: { message: "The request is larger than 1 MB.", code: -32013, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } },
});

/**
 * Answers 413 at once when the declared Content-Length is over the limit, without reading a byte
 * of the body, and closes the connection rather than draining the rest to reuse it. A body sent
 * without a length (chunked) is counted as it arrives by tRPC's `maxBodySize`, which answers 413
 * too and drops what follows.
 */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse): boolean {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (!(declared > maxTrpcBodyBytes)) return false;
  res.writeHead(413, { "content-type": "application/json", connection: "close" });
  res.end(payloadTooLarge);
  return true;
}
