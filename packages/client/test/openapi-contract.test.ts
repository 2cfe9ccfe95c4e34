/**
 * The OpenAPI contract, for services in other languages or without @roster/client:
 * /api/openapi.json is a valid OpenAPI 3.1 document, a client generated from it (openapi-typescript
 * types + openapi-fetch) compiles, refuses a mistyped input, and lists the same users, page by
 * page, as users.list over tRPC. (Here rather than in apps/api: openapi-typescript brings a
 * supports-color that would change which copy of MikroORM the API resolves.)
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Validator } from "@seriousme/openapi-schema-validator";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminToken, startTestApp, type TestApp } from "@roster/api/testing";

const here = path.dirname(fileURLToPath(import.meta.url));
const workDir = path.join(here, "..", ".tmp", `openapi-client-${process.pid}`);

let app: TestApp;
let document: Record<string, unknown>;
beforeAll(async () => {
  app = await startTestApp();
  const admin = app.admin().api;
  for (const name of ["oa-carol", "oa-alice", "oa-erin", "oa-bob", "oa-dave"]) await admin.users.create.mutate({ username: name, path: "users/openapi" });
  await admin.users.create.mutate({ username: "other-frank" });
  document = (await (await fetch(`${app.url}/api/openapi.json`)).json()) as Record<string, unknown>;
});
afterAll(async () => {
  fs.rmSync(workDir, { recursive: true, force: true });
  await app?.close();
});

/** Compiles the files of `dir` as a strict ES-module project; returns the diagnostics as text. */
function compile(dir: string): string[] {
  const files = fs.readdirSync(dir).filter((file) => file.endsWith(".ts")).map((file) => path.join(dir, file));
  const program = ts.createProgram(files, { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2023, skipLibCheck: true, types: [] });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("places queries on GET and mutations on POST under /api/v1, with bearer authentication", () => {
    const paths = document.paths as Record<string, Record<string, { security?: unknown }>>;
    expect(Object.keys(paths["/api/v1/users/list"] ?? {})).toEqual(["get"]);
    expect(Object.keys(paths["/api/v1/users/setActive"] ?? {})).toEqual(["post"]);
    expect(paths["/api/v1/users/list"]?.get?.security).toEqual([{ bearerAuth: [] }]);
  });

  it("generates a client that compiles, is typed from the schemas, and lists the same users as users.list", async () => {
    fs.mkdirSync(workDir, { recursive: true });
    fs.writeFileSync(path.join(workDir, "package.json"), JSON.stringify({ type: "module" }));
    fs.writeFileSync(path.join(workDir, "roster-api.d.ts"), astToString(await openapiTS(document as never)));
    fs.copyFileSync(path.join(here, "fixtures", "openapi-consumer.ts.txt"), path.join(workDir, "consumer.ts"));
    expect(compile(workDir)).toEqual([]);

    const consumer = (await import(path.join(workDir, "consumer.ts"))) as {
      listAllUsers(baseUrl: string, token: string, query: string, limit: number): Promise<{ id: string; username: string }[]>;
      fieldErrorsOfBadCreate(baseUrl: string, token: string): Promise<Record<string, string[]> | undefined>;
    };
    const query = 'path = "users/openapi"';
    const throughRest = await consumer.listAllUsers(app.url, adminToken, query, 2);
    const throughTrpc = await app.admin().api.users.list.query({ query, ordering: "username", limit: 100 });
    expect(throughRest.map((user) => user.username)).toEqual(["oa-alice", "oa-bob", "oa-carol", "oa-dave", "oa-erin"]);
    expect(throughRest).toEqual(throughTrpc.items);
    expect(await consumer.fieldErrorsOfBadCreate(app.url, adminToken)).toEqual({ username: ["Username may not start or end with whitespace."] });
  });
});
