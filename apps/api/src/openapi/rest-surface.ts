/**
 * The REST surface of the router: every procedure placed by `restRouteOf`, described as an
 * OpenAPI 3.1 document by trpc-to-openapi from the procedures' own zod schemas. The metadata
 * trpc-to-openapi reads is added here, to copies of the procedure definitions, so that neither
 * the procedure files nor the router served at /trpc carry any of it. Built once, on the first
 * request under /api/ (this module and trpc-to-openapi are loaded only then).
 */
import type { AnyTRPCProcedure, AnyTRPCRouter } from "@trpc/server";
import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { restErrorStatuses, ZRestError } from "./rest-error.js";
import { restRouteOf, routeKey, type RestRoute } from "./rest-route.js";

export interface RestProcedure extends RestRoute {
  type: "query" | "mutation";
  procedureDef: AnyTRPCProcedure["_def"];
}

export interface RestSurface {
  document: OpenAPIObject;
  /** By `routeKey(method, path)`. */
  routes: Map<string, RestProcedure>;
  /** Paths with a route, for telling 405 from 404. */
  paths: Set<string>;
}

export interface RestSurfaceOptions {
  /** The public origin, where /api/v1 is served. */
  serverUrl: string;
  version: string;
}

const errorSchemaName = "Error";

export function buildRestSurface(router: AnyTRPCRouter, options: RestSurfaceOptions): RestSurface {
  const routes = new Map<string, RestProcedure>();
  const described: Record<string, { _def: unknown }> = {};
  for (const [name, procedure] of Object.entries(router._def.procedures as Record<string, AnyTRPCProcedure>)) {
    const type = procedure._def.type;
    // Subscriptions have no REST form.
    if (type === "subscription") continue;
    const route = restRouteOf(name, type);
    routes.set(routeKey(route.method, route.path), { ...route, type, procedureDef: procedure._def });
    const area = name.split(".")[0] ?? name;
    const openapi = { method: route.method, path: route.path, tags: [area], summary: name, errorResponses: restErrorStatuses };
    described[name] = { _def: { ...procedure._def, meta: { ...(procedure._def.meta as object | undefined), openapi } } };
  }
  const document = generateOpenApiDocument({ _def: { procedures: described } } as unknown as AnyTRPCRouter, {
    title: "Roster API",
    version: options.version,
    description: "Every tRPC procedure of Roster as a REST endpoint: queries are GET with their input as query parameters, mutations are POST with their input as a JSON body. Authenticate with `Authorization: Bearer <API token>`.",
    baseUrl: options.serverUrl,
    defs: { [errorSchemaName]: ZRestError },
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token (Directory › Tokens, or tokens.create)." } },
  });
  return { document: withOneErrorSchema(document), routes, paths: new Set([...routes.values()].map((route) => route.path)) };
}

/** trpc-to-openapi describes errors its own way; every failure here answers the tRPC error object. */
function withOneErrorSchema(document: OpenAPIObject): OpenAPIObject {
  const reference = { $ref: `#/components/schemas/${errorSchemaName}` };
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Record<string, { responses?: Record<string, { description: string; content?: unknown }> }>)) {
      if (!operation.responses) continue;
      operation.responses = Object.fromEntries(
        Object.entries(operation.responses).map(([status, response]) => [status, status === "200" ? response : { description: response.description, content: { "application/json": { schema: reference } } }]),
      );
    }
  }
  const schemas = Object.fromEntries(Object.entries(document.components?.schemas ?? {}).filter(([name]) => !name.startsWith("error.")));
  return { ...document, components: { ...document.components, schemas } };
}
