/**
 * The token endpoint over HTTP: the benchmark's helpers end to end on a small run (the numbers come
 * from `pnpm bench`), and two refreshes racing with one token.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminToken, prepareRefreshGrantBench, runRefreshGrantLoad, startTestApp, type TestApp } from "../src/testing/index.js";
import { freePort } from "@roster/db/embedded";

let app: TestApp;
let baseUrl = "";
beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  app = await startTestApp({ ROSTER_PUBLIC_URL: baseUrl }, { port });
});
afterAll(() => app.close());

it("gets refresh tokens through code + PKCE and rotates them under load without an error", async () => {
  const bench = await prepareRefreshGrantBench({ baseUrl, adminToken, chains: 4 });
  expect(bench.refreshTokens).toHaveLength(4);
  const load = await runRefreshGrantLoad(bench, { connections: 4, durationMs: 1500 });
  expect(load.errors).toBe(0);
  expect(load.grants).toBeGreaterThan(4);
  console.log(`refresh grants: ${load.grantsPerSecond.toFixed(1)}/s, p50 ${load.p50Ms.toFixed(1)} ms, p95 ${load.p95Ms.toFixed(1)} ms`);
});

it("lets only one of two refreshes racing with the same token through; the other is invalid_grant", async () => {
  const bench = await prepareRefreshGrantBench({ baseUrl, adminToken, chains: 1 });
  const token = bench.refreshTokens[0] ?? "";
  const refresh = async () => {
    const response = await fetch(bench.tokenUrl, { method: "POST", headers: { authorization: bench.authorization, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: token }) });
    return (await response.json()) as { refresh_token?: string; error?: string };
  };
  const answers = await Promise.all([refresh(), refresh(), refresh()]);
  expect(answers.filter((answer) => answer.refresh_token)).toHaveLength(1);
  expect(answers.filter((answer) => answer.error === "invalid_grant")).toHaveLength(2);
});
