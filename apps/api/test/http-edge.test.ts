/**
 * The HTTP edge (SPEC §9 item 10): a malformed URL answers 400 and no request ends the process;
 * tRPC bodies over 1 MB answer 413 without being read; every answer carries the security headers,
 * HTML pages a CSP, https deployments HSTS; the API pool cancels statements that run too long.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@roster/db";
import { createLogger } from "@roster/db/observability";
import { sql } from "@roster/db/testing";
import { guardHandler } from "../src/http/guard-handler.js";
import { adminToken, startTestApp, type TestApp } from "../src/testing/index.js";
import { createWebDist, rawRequest, type RawResponse } from "./support/raw-http.js";

const webDist = createWebDist();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { webDist: webDist.root });
});
afterAll(async () => {
  await app.close();
  webDist.remove();
});

/** What the console's tRPC client sends, so that flows.execute reads its input. */
const browserPost = { "content-type": "application/json", origin: "http://localhost:9000" };

async function stillServing(): Promise<void> {
  const answer = await rawRequest(app.url, { path: "/trpc/auth.me" });
  expect(answer.status).toBe(200);
}

/**
 * Starts a POST, sends only `sentBytes` of its body, and waits for the answer: a server that read
 * the whole body before answering would never answer.
 */
function answerBeforeBodyEnds(headers: http.OutgoingHttpHeaders, sentBytes: number): Promise<number> {
  const url = new URL(app.url);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, method: "POST", path: "/trpc/flows.execute", headers: { ...browserPost, ...headers } }, (response) => {
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    // The server may close the connection once it has answered; only a missing answer matters.
    request.on("error", () => undefined);
    const timer = setTimeout(() => reject(new Error("No answer while the body was still being sent.")), 5_000);
    request.on("close", () => clearTimeout(timer));
    request.write(Buffer.alloc(sentBytes, " "));
  });
}

describe("malformed requests", () => {
  it("a malformed %-escape in the URL answers 400, and the server goes on answering", async () => {
    const answer = await rawRequest(app.url, { path: "/%E0%A4%A" });
    expect(answer.status).toBe(400);
    expect(await rawRequest(app.url, { path: "/flow/%E0%A4%A" })).toMatchObject({ status: 400 });
    await stillServing();
  });

  it("an error escaping a handler, thrown or rejected, is logged and answers 500, and the server goes on serving", async () => {
    const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "roster-guard-")), "api.log");
    const server = http.createServer(
      guardHandler(createLogger({ service: "api", format: "json", file: logFile }), (req) => {
        if (req.url === "/throws") throw new Error("boom");
        return Promise.reject(new Error("boom later"));
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      for (const requestPath of ["/throws", "/rejects", "/throws"]) {
        const answer = await rawRequest(base, { path: requestPath });
        expect(answer).toMatchObject({ status: 500, body: "Something went wrong on the server. The error was logged.\n" });
      }
      // pino writes asynchronously: the three lines arrive shortly after the answers.
      const lines = await vi.waitFor(() => {
        const read = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").trim().split("\n") : [];
        if (read.length < 3) throw new Error(`${read.length} log lines so far`);
        return read;
      });
      const records = lines.map((line) => JSON.parse(line) as { level: number; msg: string; path: string; error: string });
      expect(records.map((record) => [record.level, record.msg, record.path, record.error.split("\n")[0]])).toEqual([
        [50, "request failed", "/throws", "Error: boom"],
        [50, "request failed", "/rejects", "Error: boom later"],
        [50, "request failed", "/throws", "Error: boom"],
      ]);
    } finally {
      server.close();
      fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
    }
  });
});

describe("request body limit on /trpc", () => {
  it("a 2 MB POST answers 413, whether it declares its length or is sent chunked", async () => {
    const body = Buffer.alloc(2 * 1024 * 1024, " ");
    const declared = await rawRequest(app.url, { method: "POST", path: "/trpc/flows.execute", headers: browserPost, body });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ error: { data: { code: "PAYLOAD_TOO_LARGE" } } });
    const chunked = await rawRequest(app.url, { method: "POST", path: "/trpc/flows.execute", headers: { ...browserPost, "transfer-encoding": "chunked" }, body });
    expect(chunked.status).toBe(413);
    await stillServing();
  });

  it("a 40 MB POST is refused before the client has sent it, so it is never buffered", async () => {
    expect(await answerBeforeBodyEnds({ "content-length": String(40 * 1024 * 1024) }, 64 * 1024)).toBe(413);
    expect(await answerBeforeBodyEnds({ "transfer-encoding": "chunked" }, 1536 * 1024)).toBe(413);
    await stillServing();
  });
});

describe("security headers", () => {
  function expectCommonHeaders(answer: RawResponse): void {
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["referrer-policy"]).toBe("same-origin");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
  }

  it("a tRPC answer, an error and a download 404 carry nosniff, Referrer-Policy and X-Frame-Options, and no CSP", async () => {
    const answers = [
      await rawRequest(app.url, { path: "/trpc/auth.me" }),
      await rawRequest(app.url, { path: "/trpc/no.such.procedure" }),
      await rawRequest(app.url, { path: "/exports/00000000-0000-4000-8000-000000000000/download", headers: { authorization: `Bearer ${adminToken}` } }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 404, 404]);
    for (const answer of answers) {
      expectCommonHeaders(answer);
      expect(answer.headers["content-security-policy"]).toBeUndefined();
    }
  });

  it("the console's HTML pages carry a CSP without inline scripts; its assets carry none", async () => {
    for (const path of ["/", "/directory/users", "/flow/default-authentication-flow"]) {
      const page = await rawRequest(app.url, { path });
      expect(page.status).toBe(200);
      expectCommonHeaders(page);
      const policy = String(page.headers["content-security-policy"]).split(";").map((directive) => directive.trim());
      expect(policy).toEqual(
        expect.arrayContaining(["default-src 'self'", "script-src 'self'", "img-src 'self' data: https: http:", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]),
      );
      expect(policy.find((directive) => directive.startsWith("script-src"))).not.toContain("unsafe");
    }
    const asset = await rawRequest(app.url, { path: "/assets/index-test.js" });
    expect(asset.status).toBe(200);
    expectCommonHeaders(asset);
    expect(asset.headers["content-security-policy"]).toBeUndefined();
  });

  it("HSTS is sent when the public URL is https, and only then", async () => {
    expect((await rawRequest(app.url, { path: "/trpc/auth.me" })).headers["strict-transport-security"]).toBeUndefined();
    const secure = await startTestApp({ ROSTER_PUBLIC_URL: "https://roster.example.com" }, { webDist: webDist.root });
    try {
      for (const path of ["/trpc/auth.me", "/", "/%E0%A4%A"]) {
        expect((await rawRequest(secure.url, { path })).headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
      }
    } finally {
      await secure.close();
    }
  });
});

describe("statement timeout", () => {
  it("the API's pool runs with a statement timeout of a few seconds", async () => {
    const [setting] = await sql<{ statement_timeout: string }>(app.database.fork(), "SHOW statement_timeout");
    expect(setting?.statement_timeout).toBe("5s");
  });

  it("a statement running past the timeout fails with PostgreSQL's cancellation, and the pool keeps serving", async () => {
    const database = await openDatabase({ url: app.databaseUrl, poolMax: 1, statementTimeoutMs: 200 });
    try {
      const failure = await sql(database.fork(), "SELECT pg_sleep(1)").catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: "57014" });
      expect(String(failure)).toContain("canceling statement due to statement timeout");
      expect(await sql(database.fork(), "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });
});
