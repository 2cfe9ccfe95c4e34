/** The token-endpoint benchmark's helpers work end to end on a small run (the numbers come from `pnpm bench`). */
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
