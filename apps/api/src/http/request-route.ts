/**
 * The route a request is counted and logged under: its tRPC procedure, called at /trpc or as REST
 * under /api/v1 (only names the router has, so that no client can invent label values), `(batch)`
 * for several at once, or the kind of page. Never the query string: flow and recovery links carry tokens there.
 */
import { isApplicationIcon } from "./application-icon.js";

export function routeNamer(procedures: readonly string[]): (url: string) => string {
  const known = new Map(procedures.map((name) => [name, name]));
  return (url) => {
    if (url.startsWith("/trpc/")) {
      const end = url.indexOf("?");
      const path = url.slice(6, end === -1 ? undefined : end);
      if (path.includes(",")) return "(batch)";
      return known.get(path) ?? "(unknown procedure)";
    }
    if (url.startsWith("/api/v1/")) {
      const end = url.indexOf("?");
      return known.get(url.slice(8, end === -1 ? undefined : end).replace(/\/+$/, "").replaceAll("/", ".")) ?? "(unknown procedure)";
    }
    if (url.startsWith("/api/")) return "api reference";
    if (url.startsWith("/-/health/")) return "health";
    if (url.startsWith("/metrics")) return "metrics";
    if (url.startsWith("/exports/")) return "export download";
    if (isApplicationIcon(url)) return "application icon";
    return "console";
  };
}
