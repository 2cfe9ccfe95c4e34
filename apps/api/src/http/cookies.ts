/**
 * The API's cookies: HttpOnly, SameSite=Lax, Path=/. When ROSTER_PUBLIC_URL is https they are
 * Secure and carry the `__Host-` prefix, which a browser accepts only on a Secure cookie with
 * Path=/ and no Domain, so that a sibling subdomain can neither plant nor overwrite them.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

const baseNames = { session: "roster_session", flow: "roster_flow", device: "roster_device" } as const;
export type TCookieKind = keyof typeof baseNames;

export function cookieName(kind: TCookieKind, secure: boolean): string {
  return secure ? `__Host-${baseNames[kind]}` : baseNames[kind];
}

export function readCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0) cookies.set(part.slice(0, index).trim(), decodeCookieValue(part.slice(index + 1).trim()));
  }
  return cookies;
}

/** A malformed escape is kept as sent: it matches no session, and must not fail the request. */
function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds?: number;
}

/** A max age of 0 deletes the cookie. */
export function appendCookie(res: ServerResponse, kind: TCookieKind, value: string, options: CookieOptions): void {
  const parts = [`${cookieName(kind, options.secure)}=${encodeURIComponent(value)}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  if (options.secure) parts.push("Secure");
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  const existing = res.getHeader("set-cookie");
  const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
  res.setHeader("set-cookie", [...list, parts.join("; ")]);
}
