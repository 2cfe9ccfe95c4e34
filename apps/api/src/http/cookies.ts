import type { IncomingMessage, ServerResponse } from "node:http";

export const sessionCookieName = "roster_session";
export const flowCookieName = "roster_flow";

export function readCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0) cookies.set(part.slice(0, index).trim(), decodeURIComponent(part.slice(index + 1).trim()));
  }
  return cookies;
}

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds?: number;
}

/** HttpOnly, SameSite=Lax, Path=/, Secure behind https. A max age of 0 deletes the cookie. */
export function appendCookie(res: ServerResponse, name: string, value: string, options: CookieOptions): void {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  if (options.secure) parts.push("Secure");
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  const existing = res.getHeader("set-cookie");
  const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
  res.setHeader("set-cookie", [...list, parts.join("; ")]);
}
