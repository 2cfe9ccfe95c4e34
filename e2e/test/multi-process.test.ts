/**
 * Two API processes and two worker processes on one database: a session made on one API works
 * on the other, sign-in throttling counts across both, 200 jobs each run exactly once, System >
 * Tasks > Workers shows both workers; the worker running an export is killed (SIGKILL) mid-way
 * and the other takes the job back and finishes it, after which the list shows one worker; a
 * worker stopped with SIGTERM leaves the list at once.
 *
 * The workers beat every second and take back a silent worker's jobs after 3 s (production: 5 s
 * and 5 minutes), so that the test need not wait.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminPassword, adminToken, createTestClient, errorOf, signIn } from "@roster/api/testing";
import { bootstrap, openDatabase, type Database, type EntityManager } from "@roster/db";
import { createTestDatabase, sql, type TestDatabase } from "@roster/db/testing";
import { exportProgress, waitUntilMidExport } from "../src/export-progress.js";
import { startApiProcess, startWorkerProcess, type ProductProcess } from "../src/processes.js";
import { waitFor } from "../src/wait.js";

const publicUrl = "http://localhost:9000";
let testDatabase: TestDatabase;
let database: Database;
let apis: ProductProcess[] = [];
let workers: ProductProcess[] = [];
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await openDatabase({ url: testDatabase.url, poolMax: 3 });
  await bootstrap(database.fork(), { password: adminPassword, email: "admin@example.com", token: adminToken });
  const env = { DATABASE_URL: testDatabase.url, ROSTER_PUBLIC_URL: publicUrl, ROSTER_SECRET_KEY: "multi-process-secret-key-0123456789", ROSTER_LOG_LEVEL: "warn" };
  apis = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  const workerEnv = { ...env, ROSTER_WORKER_HEARTBEAT_SECONDS: "1", ROSTER_WORKER_RECLAIM_AFTER_SECONDS: "3" };
  workers = await Promise.all([startWorkerProcess(workerEnv), startWorkerProcess(workerEnv)]);
}, 120_000);
afterAll(async () => {
  await Promise.all([...apis, ...workers].map((child) => child.stop("SIGKILL")));
  await database.close();
  await testDatabase.drop();
});

const exportedUsers = 60_000;
const admin = () => createTestClient(apis[0]?.url ?? "", { token: adminToken }).api;

/** The pid of the worker process whose slot holds the job with this key, once its heartbeat says so. */
async function workerHoldingJob(em: EntityManager, key: string): Promise<number | null> {
  const rows = await sql<{ pid: number }>(em, "SELECT w.pid FROM graphile_worker.jobs j JOIN worker_heartbeats w ON j.locked_by = ANY(w.slot_ids) WHERE j.key = ?", [key]);
  return rows[0]?.pid ?? null;
}

const client = (index: number, options: { forwardedFor?: string } = {}) => createTestClient(apis[index]?.url ?? "", { origin: publicUrl, ...options });

it("a session made on one API works on the other", async () => {
  const first = client(0);
  await signIn(first, "admin", adminPassword);
  const second = client(1);
  for (const [name, value] of first.cookies) second.cookies.set(name, value);
  expect((await second.api.auth.me.query())?.user.username).toBe("admin");
  await second.api.auth.logout.mutate();
  expect(await first.api.auth.me.query()).toBeNull();
});

it("sign-in throttling counts failures on both APIs together", async () => {
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < 11; attempt++) {
    const browser = client(attempt % 2);
    await browser.api.flows.execute.mutate({ slug: "default-authentication-flow", restart: true });
    await browser.api.flows.execute.mutate({ slug: "default-authentication-flow", response: { uid: "admin" } });
    const answer = browser.api.flows.execute.mutate({ slug: "default-authentication-flow", response: { password: "not-the-password" } });
    outcomes.push(await answer.then(() => "answered").catch(async () => (await errorOf(answer)).code));
  }
  expect(outcomes.slice(0, 10)).toEqual(Array<string>(10).fill("answered"));
  expect(outcomes[10]).toBe("TOO_MANY_REQUESTS");
});

it("200 jobs each run exactly once across the two workers", async () => {
  const em = database.fork();
  await sql(em, "SELECT graphile_worker.add_job('cleanup', '{}'::json) FROM generate_series(1, 200)");
  const runs = await waitFor(
    () => sql<{ job_id: string; worker_id: string; outcome: string }>(em, "SELECT job_id::text, worker_id, outcome FROM job_runs WHERE task = 'cleanup'"),
    (rows) => rows.length >= 200,
    60_000,
  );
  expect(runs).toHaveLength(200);
  expect(new Set(runs.map((run) => run.job_id)).size).toBe(200);
  expect(runs.every((run) => run.outcome === "success")).toBe(true);
  expect(new Set(runs.map((run) => run.worker_id)).size).toBe(2);
  expect(await sql(em, "SELECT id FROM graphile_worker.jobs WHERE task_identifier = 'cleanup'")).toEqual([]);
}, 90_000);

it("tasks.workers shows both workers", async () => {
  const both = await waitFor(() => admin().tasks.workers.query(), (list) => list.items.filter((worker) => !worker.gone).length === 2);
  expect(new Set(both.items.map((worker) => worker.pid))).toEqual(new Set(workers.map((worker) => worker.child.pid)));
});

it("a worker killed in the middle of an export: the other takes the job back and finishes it, and the list shows one worker", async () => {
  const em = database.fork();
  await database.fork().transactional(async (tx) => {
    await sql(tx, "SET LOCAL statement_timeout = 0");
    await sql(tx, `INSERT INTO users (id, username, name, email, path) SELECT gen_random_uuid(), 'leaver-' || lpad(i::text, 6, '0'), 'Leaver ' || i, 'leaver' || i || '@example.com', 'leavers' FROM generate_series(1, ${exportedUsers}) i`);
  });
  const { exportId } = await admin().users.export.mutate({ path: "leavers" });
  await waitUntilMidExport(em, exportId);
  const holder = await waitFor(() => workerHoldingJob(em, `export:${exportId}`), (pid) => pid !== null);
  const killed = workers.find((worker) => worker.child.pid === holder);
  const survivor = workers.find((worker) => worker !== killed);
  await killed?.stop("SIGKILL");

  const done = await waitFor(() => exportProgress(em, exportId), (state) => state.status === "done", 60_000);
  expect(done.row_count).toBe(exportedUsers);
  expect(await sql(em, "SELECT body FROM notifications WHERE link->>'href' = ?", [`/exports/${exportId}/download`])).toEqual([{ body: `Export of ${exportedUsers.toLocaleString("en")} users ready — folder leavers` }]);
  const reclaimed = await sql<{ context: { worker: string; unlocked: number } }>(em, "SELECT context FROM events WHERE action = 'system_task_action' AND context->>'operation' = 'reclaim_worker'");
  expect(reclaimed.map((event) => event.context.unlocked)).toEqual([1]);
  const after = await waitFor(() => admin().tasks.workers.query(), (list) => list.items.length === 1);
  expect(after.items.map((worker) => worker.pid)).toEqual([survivor?.child.pid]);
  expect(reclaimed[0]?.context.worker).not.toBe(after.items[0]?.id);
}, 120_000);

it("a worker stopped with SIGTERM leaves the list at once", async () => {
  const survivor = workers.find((worker) => worker.child.exitCode === null && worker.child.signalCode === null);
  await survivor?.stop("SIGTERM");
  expect((await admin().tasks.workers.query()).items).toEqual([]);
});
