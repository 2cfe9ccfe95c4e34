/**
 * `pnpm roster rotate-signing-key`: a new OAuth signing key, sealed with the API's key; a restarted
 * API signs with it while the previous key stays published in the JWKS. The CLI runs as a child
 * process, as an operator would run it.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadSigningKeys, sealingKey } from "@roster/db";
import { startTestApp, type TestApp } from "@roster/api/testing";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// The key startTestApp gives the API.
const secretKey = "roster-test-secret-key-0123456789";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

function runCli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { ROSTER_SECRET_KEY: _inherited, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/roster.ts"), ...args], { env: { ...inherited, DATABASE_URL: app.databaseUrl, ROSTER_DATA_DIR: "/nonexistent", ...env }, cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

it("makes a new signing key that signs first, keeping the previous one published", async () => {
  const sealing = sealingKey(secretKey, "oauth-signing-keys");
  const before = await loadSigningKeys(app.database.fork(), sealing);
  const run = await runCli({ ROSTER_SECRET_KEY: secretKey }, "rotate-signing-key");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("A new OAuth signing key was made");
  const after = await loadSigningKeys(app.database.fork(), sealing);
  expect(after).toHaveLength(before.length + 1);
  expect(after[0]?.kid).not.toBe(before[0]?.kid);
  expect(after.slice(1).map((key) => key.kid)).toEqual(before.map((key) => key.kid));
});

it("refuses to rotate without the API's key", async () => {
  const run = await runCli({}, "rotate-signing-key");
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("Set ROSTER_SECRET_KEY");
});
