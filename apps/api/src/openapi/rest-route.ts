/**
 * The one rule that places a procedure on the REST surface: a query `users.list` is
 * `GET /api/v1/users/list`, a mutation `users.setActive` is `POST /api/v1/users/setActive`.
 * Nothing else names REST methods or paths, so no procedure file carries OpenAPI metadata.
 */
export const restBasePath = "/api/v1";

export type RestMethod = "GET" | "POST";

export interface RestRoute {
  method: RestMethod;
  /** `/api/v1/users/list` */
  path: `/${string}`;
  /** `users.list` */
  procedure: string;
}

export function restRouteOf(procedure: string, type: "query" | "mutation"): RestRoute {
  return { method: type === "query" ? "GET" : "POST", path: `${restBasePath}/${procedure.split(".").join("/")}`, procedure };
}

/** The key a route is found under: `GET /api/v1/users/list`. */
export function routeKey(method: string, path: string): string {
  return `${method} ${path}`;
}
