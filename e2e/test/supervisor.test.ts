/**
 * `pnpm start`'s supervisor (scripts/start.ts, run from its sources as `pnpm dev` does, on a test
 * database): an API process killed from outside is started again and serves, the worker left
 * alone; SIGTERM stops everything cleanly; a child that cannot run (here: a metrics token too
 * short to accept) crashes five times within a minute and Roster stops, saying why, with code 1.
 * On its embedded PostgreSQL, a server killed from outside is started again and Roster serves on.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort } from "@roster/db/embedded";
import { createTestDatabase, type TestDatabase } from "@roster/db/testing";
import { waitFor } from "../src/wait.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let testDatabase: TestDatabase;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "roster-supervisor-"));
const started: ChildProcess[] = [];

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(async () => {
  for (const child of started) child.kill("SIGKILL");
  await testDatabase.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Launcher {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Roster on the test database, or (`database: "embedded"`) on an embedded PostgreSQL of its own in `directory`. */
function launch(env: Record<string, string>, database: "test" | "embedded" = "test", directory = dataDir): Launcher {
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--dev"], {
    cwd: repoRoot,
    env: {
      ...inherited,
      ...(database === "test" ? { DATABASE_URL: testDatabase.url } : {}),
      ROSTER_DATA_DIR: directory,
      ROSTER_SECRET_KEY: "supervisor-test-secret-key-0123456789",
      ROSTER_LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The supervisor's children, read from /proc: each app is a node process whose parent it is; the database is `postgres -D …`. */
function childPid(parent: number, app: "api" | "worker" | "postgres"): number | null {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parentPid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parentPid === parent && fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(app === "postgres" ? "postgres\0-D\0" : `apps/${app}/`)) return Number(entry);
    } catch {
      // The process ended while it was read.
    }
  }
  return null;
}

const count = (text: string, part: string) => text.split(part).length - 1;

it("restarts an API process killed from outside, leaves the worker alone, and stops cleanly on SIGTERM", async () => {
  const port = await freePort();
  const roster = launch({ PORT: String(port) });
  await waitFor(() => Promise.resolve(roster.output()), (output) => output.includes("Roster is running") && output.includes("Roster worker running"), 90_000);
  const supervisor = roster.child.pid ?? 0;
  const api = childPid(supervisor, "api");
  const worker = childPid(supervisor, "worker");
  expect(api).not.toBeNull();
  expect(worker).not.toBeNull();

  process.kill(api ?? 0, "SIGKILL");
  await waitFor(() => Promise.resolve(roster.output()), (output) => count(output, "Roster is running") === 2, 60_000);
  expect(roster.output()).toContain("The api process stopped (SIGKILL); restarting it in 1 s.");
  const live = await fetch(`http://127.0.0.1:${port}/-/health/live`);
  expect(live.status).toBe(200);
  expect(childPid(supervisor, "api")).not.toBe(api);
  expect(childPid(supervisor, "worker")).toBe(worker);

  roster.child.kill("SIGTERM");
  expect(await roster.exited).toBe(0);
  expect(roster.output()).toContain("Stopped.");
  expect(childPid(supervisor, "api")).toBeNull();
}, 150_000);

it("gives up, saying so, when a child crashes five times within a minute", async () => {
  const roster = launch({ PORT: String(await freePort()), ROSTER_METRICS_TOKEN: "too-short" });
  expect(await roster.exited).toBe(1);
  const output = roster.output();
  expect(output).toContain("ROSTER_METRICS_TOKEN must be at least 16 characters long");
  expect(output).toMatch(/The (api|worker) process crashed 5 times within a minute \(last: code 1\); giving up\. Its errors are above\./);
  expect(output).toContain("Stopped.");
}, 150_000);

it("starts the embedded PostgreSQL again when it is killed, and serves on", async () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "roster-supervisor-embedded-"));
  const port = await freePort();
  const roster = launch({ PORT: String(port) }, "embedded", directory);
  try {
    await waitFor(() => Promise.resolve(roster.output()), (output) => output.includes("Roster is running") && output.includes("Roster worker running"), 120_000);
    const database = childPid(roster.child.pid ?? 0, "postgres");
    expect(database).not.toBeNull();
    process.kill(database ?? 0, "SIGKILL");
    await waitFor(() => Promise.resolve(roster.output()), (output) => output.includes("The embedded PostgreSQL is running again."), 60_000);
    expect(roster.output()).toContain("The embedded PostgreSQL process stopped (SIGKILL); restarting it in 1 s.");
    const ready = await waitFor(() => fetch(`http://127.0.0.1:${port}/-/health/ready`).then((response) => response.status), (status) => status === 200, 30_000);
    expect(ready).toBe(200);
    expect(childPid(roster.child.pid ?? 0, "postgres")).not.toBe(database);
    roster.child.kill("SIGTERM");
    expect(await roster.exited).toBe(0);
  } finally {
    roster.child.kill("SIGKILL");
    fs.rmSync(directory, { recursive: true, force: true });
    // As root the cluster lives outside the checkout (the launcher names it): remove it too.
    const moved = /using (\/var\/tmp\/roster-[0-9a-f]+)\/postgres/.exec(roster.output())?.[1];
    if (moved) fs.rmSync(moved, { recursive: true, force: true });
  }
}, 200_000);
