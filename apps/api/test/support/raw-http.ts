/**
 * HTTP requests sent as given, like `curl --path-as-is`: fetch would normalise the path
 * (`..`, backslashes, %-escapes) before it left the test, which is what these tests must not do.
 * Also a throwaway build of the console, so that static paths answer 200 instead of 503.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: http.OutgoingHttpHeaders;
  body?: string | Buffer;
}

export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    // Node sends the body of a DELETE or OPTIONS unframed unless told its length; the server
    // would then read it as the next request.
    const framing = request.body !== undefined && !request.headers?.["transfer-encoding"] ? { "content-length": Buffer.byteLength(request.body) } : {};
    const options = { host: url.hostname, port: url.port, method: request.method ?? "GET", path: request.path, headers: { ...framing, ...request.headers }, timeout: 10_000 };
    const outgoing = http.request(options, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.on("timeout", () => outgoing.destroy(new Error(`No answer to ${options.method} ${request.path} within 10 s.`)));
    outgoing.end(request.body);
  });
}

/** A folder shaped like apps/web/dist: an index.html and one hashed asset. */
export function createWebDist(): { root: string; remove(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "roster-web-dist-"));
  fs.mkdirSync(path.join(root, "assets"));
  fs.writeFileSync(path.join(root, "index.html"), '<!doctype html><html><head><script type="module" src="/assets/index-test.js"></script></head><body></body></html>\n');
  fs.writeFileSync(path.join(root, "assets", "index-test.js"), "export {};\n");
  return { root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
