/**
 * The client's address: the socket peer, or — only when that peer is a trusted proxy — the
 * right-most address in X-Forwarded-For that is not itself a trusted proxy.
 */
import type { IncomingMessage } from "node:http";

export function parseTrustedProxies(list: string): Set<string> {
  return new Set(list.split(",").map((entry) => normalise(entry.trim())).filter(Boolean));
}

export function clientAddress(req: IncomingMessage, trustedProxies: Set<string>): string {
  const peer = normalise(req.socket.remoteAddress ?? "");
  if (!trustedProxies.has(peer)) return peer;
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : header ?? "").split(",").map((hop) => normalise(hop.trim())).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index];
    if (hop && !trustedProxies.has(hop)) return hop;
  }
  return peer;
}

function normalise(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
