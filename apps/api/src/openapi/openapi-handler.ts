/**
 * Everything under /api/: the OpenAPI document, the REST endpoints under /api/v1/ and the API
 * reference page. Loaded by `lazyOpenApiHandler` on the first such request.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnyTRPCRouter } from "@trpc/server";
import { answerText } from "../http/answer-text.js";
import { referencePagePath, referenceScriptPath, serveReferencePage, serveReferenceScript } from "./api-reference.js";
import { answerJson, restHandler, type RestHandlerOptions } from "./rest-handler.js";
import { restBasePath } from "./rest-route.js";
import { buildRestSurface } from "./rest-surface.js";

export const openApiDocumentPath = "/api/openapi.json";

export interface OpenApiHandlerOptions extends Omit<RestHandlerOptions, "surface"> {
  router: AnyTRPCRouter;
  publicUrl: URL;
  version: string;
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createOpenApiHandler(options: OpenApiHandlerOptions): ApiHandler {
  const surface = buildRestSurface(options.router, { serverUrl: options.publicUrl.origin, version: options.version });
  const documentText = JSON.stringify(surface.document);
  const rest = restHandler({ ...options, surface });
  return async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path === restBasePath || path.startsWith(`${restBasePath}/`)) {
      res.setHeader("cache-control", "no-store");
      return rest(req, res);
    }
    const readOnly = req.method === "GET" || req.method === "HEAD";
    if (!readOnly && (path === openApiDocumentPath || path.startsWith(referencePagePath))) return answerText(res, 405, "Method not allowed.", { allow: "GET, HEAD" });
    if (path === openApiDocumentPath) {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-cache", "access-control-allow-origin": "*" });
      return void res.end(req.method === "HEAD" ? undefined : documentText);
    }
    if (path === referencePagePath || path === `${referencePagePath}/`) return serveReferencePage(res);
    if (path === referenceScriptPath) return serveReferenceScript(req, res);
    answerJson(res, 404, { message: `No endpoint ${path}. The list is at ${openApiDocumentPath}.`, code: -32004, data: { code: "NOT_FOUND", httpStatus: 404 } });
  };
}
