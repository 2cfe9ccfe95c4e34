/**
 * PostgreSQL restarted under load, with an API process and a worker process on it. Meanwhile
 * `/-/health/ready` answers 503 and every request fails with the clear 503 of an unavailable
 * database (never a 500, never a hang); afterwards both processes recover by themselves — the
 * same pids, no restart — and every job queued before and during the outage runs exactly once.
 *
 * The server is this test's own embedded PostgreSQL (never the shared one of the test run): it is
 * stopped with PostgreSQL's fast shutdown, which ends every connection, and started again on the
 * same port and data directory.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminPassword, adminToken, createTestClient, errorOf } from "@roster/api/testing";
import { bootstrap, migrateDatabase, openDatabase, type Database } from "@roster/db";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@roster/db/embedded";
import { sql } from "@roster/db/testing";
import { startApiProcess, startWorkerProcess, type ProductProcess } from "../src/processes.js";
import { waitFor } from "../src/wait.js";

const dataDir = path.join(os.tmpdir(), `roster-restart-${randomBytes(4).toString("hex")}`, "postgres");
let postgres: EmbeddedPostgres;
let api: ProductProcess;
let worker: ProductProcess;

beforeAll(async () => {
  postgres = await startEmbeddedPostgres({ dataDir });
  await migrateDatabase(postgres.url);
  const database = await openDatabase({ url: postgres.url, poolMax: 2 });
  await bootstrap(database.fork(), { password: adminPassword, email: "admin@example.com", token: adminToken });
  await database.close();
  const env = { DATABASE_URL: postgres.url, ROSTER_PUBLIC_URL: "http://localhost:9000", ROSTER_SECRET_KEY: "restart-test-secret-key-0123456789", ROSTER_LOG_LEVEL: "warn" };
  [api, worker] = await Promise.all([startApiProcess(env), startWorkerProcess({ ...env, ROSTER_WORKER_HEARTBEAT_SECONDS: "1" })]);
}, 120_000);

afterAll(async () => {
  await Promise.all([api?.stop("SIGKILL"), worker?.stop("SIGKILL")]);
  await postgres?.stop();
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

const admin = () => createTestClient(api.url, { token: adminToken }).api;

async function readiness(): Promise<{ status: number; body: { status: string; database: string } }> {
  const response = await fetch(`${api.url}/-/health/ready`);
  return { status: response.status, body: (await response.json()) as { status: string; database: string } };
}

/** Calls users.list over and over from a few clients at once, noting how each call ended. */
function loadUntil(stopped: () => boolean): Promise<string[]> {
  const outcomes: string[] = [];
  const client = async () => {
    while (!stopped()) {
      const call = admin().users.list.query({ limit: 5 });
      outcomes.push(
        await call.then(
          () => "ok",
          async () => {
            const error = await errorOf(call);
            return `${String(error.data?.httpStatus)} ${String(error.data?.code)}: ${error.message}`;
          },
        ),
      );
    }
  };
  return Promise.all([client(), client(), client()]).then(() => outcomes);
}

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ url: postgres.url, poolMax: 1 });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

it("PostgreSQL restarted under load: 503 and not-ready meanwhile, then both processes recover and no job is lost", async () => {
  expect(await readiness()).toMatchObject({ status: 200, body: { status: "ready" } });
  // Jobs due while the database is away: queued now, run after it is back.
  await withDatabase((database) => sql(database.fork(), "SELECT graphile_worker.add_job('cleanup', '{}'::json, run_at => now() + interval '2 seconds') FROM generate_series(1, 50)"));

  let stopLoad = false;
  const load = loadUntil(() => stopLoad);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await postgres.stop();

  const notReady = await waitFor(readiness, (answer) => answer.status === 503, 15_000);
  expect(notReady.body).toMatchObject({ status: "unavailable", database: "unavailable" });
  const duringOutage = await errorOf(admin().users.list.query({}));
  expect(duringOutage.data?.httpStatus).toBe(503);
  expect(duringOutage.message).toBe("The database is unavailable. Try again in a moment.");
  await new Promise((resolve) => setTimeout(resolve, 3_000));

  postgres = await startEmbeddedPostgres({ dataDir, port: postgres.port });
  await waitFor(readiness, (answer) => answer.status === 200, 30_000);
  await waitFor(() => admin().users.list.query({ limit: 5 }).then(() => true, () => false), (ok) => ok, 15_000);
  stopLoad = true;
  const outcomes = await load;
  const failures = outcomes.filter((outcome) => outcome !== "ok");
  expect(outcomes.filter((outcome) => outcome === "ok").length).toBeGreaterThan(0);
  expect(failures.length).toBeGreaterThan(0);
  expect(new Set(failures)).toEqual(new Set(["503 SERVICE_UNAVAILABLE: The database is unavailable. Try again in a moment."]));

  // A job queued through the API after the outage, beside the 50 queued before it.
  const { jobId } = await admin().tasks.runNow.mutate({ task: "cleanup" });
  const runs = await withDatabase((database) =>
    waitFor(
      () => sql<{ job_id: string }>(database.fork(), "SELECT job_id::text FROM job_runs WHERE task = 'cleanup' AND outcome = 'success'"),
      (rows) => rows.length >= 51,
      60_000,
    ),
  );
  expect(runs).toHaveLength(51);
  expect(new Set(runs.map((run) => run.job_id)).size).toBe(51);
  expect(runs.map((run) => run.job_id)).toContain(jobId);
  const workers = await waitFor(() => admin().tasks.workers.query(), (list) => list.items.some((item) => !item.gone && Date.parse(item.lastSeenAt) > Date.now() - 3_000));
  expect(workers.items.map((item) => item.pid)).toEqual([worker.child.pid]);
  expect([api.child.exitCode, worker.child.exitCode]).toEqual([null, null]);
}, 180_000);
