/**
 * Where to go after a flow. `next` comes from the URL, so only paths on this site are followed
 * (never `//evil.example` or `https://…`), or the login page would be an open redirect.
 */
export function safeNext(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (next === "/login" || next.startsWith("/login?")) return fallback;
  return next;
}

/** A redirect target from the server: a path inside the console, or null for another site. */
export function internalPath(to: string, origin: string): string | null {
  try {
    const url = new URL(to, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/** The login URL that brings the person back to where they were. */
export function loginPath(current: string): string {
  return current === "/" || current === "" ? "/login" : `/login?next=${encodeURIComponent(current)}`;
}

/**
 * Paths the server answers itself (the OAuth provider's interactions): the console must load
 * them as a page, not route to them.
 */
export function isServerPath(path: string): boolean {
  return path.startsWith("/oauth/");
}
