/**
 * The security headers of every response (tRPC, downloads, the console, errors), and the
 * Content-Security-Policy that the console's HTML pages add on top.
 */
import type { ServerResponse } from "node:http";

/**
 * The console is one origin that loads only its own built files; scripts are strictly 'self'.
 * Solid's compiled templates carry `style` attributes (the menu list, fixed column widths), which
 * Chromium blocks without 'unsafe-inline'. `style-src-elem 'self'` still refuses injected <style>
 * sheets (the dangerous kind, which can read the page through selectors) in every browser that
 * knows it; older ones fall back to style-src. The favicon, a select arrow and the preview of an
 * icon being uploaded are data: images; an application's icon may be any http(s) URL (the
 * referrer policy keeps the console's paths from those hosts).
 */
export const htmlContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "style-src-elem 'self'",
  "img-src 'self' data: https: http:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Two years, the value the HSTS preload list asks for. */
const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/**
 * Set before any handler runs, so that error answers carry them too. `same-origin`: the console
 * keeps its Referer for its own requests (the Origin rule falls back on it), while recovery and
 * flow URLs, which carry tokens, never leak to another site through a link.
 */
export function setSecurityHeaders(res: ServerResponse, publicUrl: URL): void {
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "same-origin");
  res.setHeader("x-frame-options", "DENY");
  if (publicUrl.protocol === "https:") res.setHeader("strict-transport-security", strictTransportSecurity);
}
