/**
 * Two API processes and two worker processes on one database: a session made on one API works
 * on the other, sign-in throttling counts across both, 200 jobs each run exactly once, and
 * System > Tasks > Workers shows both workers, then one after the other stops.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminPassword, adminToken, createTestClient, errorOf, signIn } from "@roster/api/testing";
import { bootstrap, openDatabase, type Database } from "@roster/db";
import { createTestDatabase, sql, type TestDatabase } from "@roster/db/testing";
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
  workers = await Promise.all([startWorkerProcess(env), startWorkerProcess(env)]);
}, 120_000);
afterAll(async () => {
  await Promise.all([...apis, ...workers].map((child) => child.stop("SIGKILL")));
  await database.close();
  await testDatabase.drop();
});

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

it("tasks.workers shows both workers, then one once the other has stopped", async () => {
  const admin = createTestClient(apis[0]?.url ?? "", { token: adminToken }).api;
  const both = await admin.tasks.workers.query();
  expect(both.items.filter((worker) => !worker.gone)).toHaveLength(2);
  await workers[0]?.stop("SIGTERM");
  const after = await waitFor(() => admin.tasks.workers.query(), (list) => list.items.length === 1);
  expect(after.items).toHaveLength(1);
  expect(after.items[0]?.pid).toBe(workers[1]?.child.pid);
});
