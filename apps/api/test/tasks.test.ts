/**
 * System > Tasks through the API: the queue read from graphile-worker's jobs view with bigint ids
 * as strings, bulk actions through its public functions that leave running jobs alone and say
 * so, the schedules, the history, and the workers' heartbeats (gone after a minute, unlockable).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reclaimGoneWorkers, recordJobRun, writeHeartbeat } from "@roster/db";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { delegatedAdmin } from "./support/grants.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function addJob(task: string, options: { locked?: string; attempts?: number; runAt?: string } = {}): Promise<string> {
  const em = app.database.fork();
  const rows = await sql<{ id: string }>(em, "SELECT (graphile_worker.add_job(?, '{}'::json, run_at => ?::timestamptz)).id::text AS id", [task, options.runAt ?? null]);
  const id = rows[0]?.id ?? "";
  // Arranging a lock or past attempts needs the private table: only the test does that.
  if (options.locked) await sql(em, "UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = ?, attempts = 1 WHERE id = ?::bigint", [options.locked, id]);
  if (options.attempts !== undefined) await sql(em, "UPDATE graphile_worker._private_jobs SET attempts = ?, last_error = 'boom' WHERE id = ?::bigint", [options.attempts, id]);
  return id;
}

async function taskEvents(operation: string): Promise<{ username: string; context: Record<string, unknown> }[]> {
  return sql(app.database.fork(), "SELECT username, context FROM events WHERE action = 'system_task_action' AND context->>'operation' = ? ORDER BY created_at", [operation]);
}

describe("jobs", () => {
  it("lists jobs with their status, ids as strings, filtered by status and task", async () => {
    const admin = app.admin().api;
    const queued = await addJob("list-queued");
    const scheduled = await addJob("list-scheduled", { runAt: new Date(Date.now() + 3_600_000).toISOString() });
    const running = await addJob("list-running", { locked: "worker-list-slot" });
    const retrying = await addJob("list-retrying", { attempts: 2 });
    const failed = await addJob("list-failed", { attempts: 25 });
    const page = await admin.tasks.list.query({});
    const byId = new Map(page.items.map((job) => [job.id, job]));
    expect(typeof queued).toBe("string");
    expect(byId.get(queued)?.status).toBe("queued");
    expect(byId.get(scheduled)?.status).toBe("scheduled");
    expect(byId.get(running)?.status).toBe("running");
    expect(byId.get(retrying)).toMatchObject({ status: "retrying", attempts: 2, maxAttempts: 25, lastError: "boom" });
    expect(byId.get(failed)?.status).toBe("failed");
    expect((await admin.tasks.list.query({ status: "retrying" })).items.map((job) => job.id)).toContain(retrying);
    expect((await admin.tasks.list.query({ status: "retrying" })).items.map((job) => job.id)).not.toContain(failed);
    expect((await admin.tasks.list.query({ task: "list-failed" })).items.map((job) => job.id)).toEqual([failed]);
    expect((await admin.tasks.list.query({ id: scheduled })).items.map((job) => job.task)).toEqual(["list-scheduled"]);
    const first = await admin.tasks.list.query({ limit: 2 });
    const second = await admin.tasks.list.query({ limit: 2, cursor: first.nextCursor });
    expect(second.items[0]?.id).not.toBe(first.items[1]?.id);
    expect(BigInt(second.items[0]?.id ?? "0")).toBeLessThan(BigInt(first.items[1]?.id ?? "0"));
  });

  it("retry runs a failed job with fresh attempts and a retrying one now; running jobs are left alone and counted", async () => {
    const admin = app.admin().api;
    const failed = await addJob("retry-failed", { attempts: 25 });
    const retrying = await addJob("retry-retrying", { attempts: 3 });
    const running = await addJob("retry-running", { locked: "worker-retry-slot" });
    const runningToo = await addJob("retry-running", { locked: "worker-retry-slot" });
    const result = await admin.tasks.retry.mutate({ ids: [failed, retrying, running, runningToo, "999999999"] });
    expect(result).toEqual({ changed: 2, running: 2, missing: 1 });
    const jobs = new Map((await admin.tasks.list.query({})).items.map((job) => [job.id, job]));
    expect(jobs.get(failed)).toMatchObject({ status: "queued", attempts: 0 });
    expect(jobs.get(retrying)).toMatchObject({ status: "retrying", attempts: 3 });
    expect(new Date(jobs.get(retrying)?.runAt ?? 0).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(jobs.get(running)?.status).toBe("running");
    const audit = await taskEvents("retry");
    expect(audit).toContainEqual({ username: "admin", context: { operation: "retry", jobs: [failed, retrying, running, runningToo, "999999999"], changed: 2, running: 2, missing: 1 } });
  });

  it("cancel fails jobs for good, naming who cancelled; delete removes them", async () => {
    const admin = app.admin().api;
    const cancelled = await addJob("cancel-me");
    const running = await addJob("cancel-running", { locked: "worker-cancel-slot" });
    expect(await admin.tasks.cancel.mutate({ ids: [cancelled, running] })).toEqual({ changed: 1, running: 1, missing: 0 });
    expect((await admin.tasks.list.query({ id: cancelled })).items[0]).toMatchObject({ status: "failed", lastError: "Cancelled by admin." });
    expect(await admin.tasks.delete.mutate({ ids: [cancelled, running] })).toEqual({ changed: 1, running: 1, missing: 0 });
    expect((await admin.tasks.list.query({ id: cancelled })).items).toEqual([]);
    expect((await admin.tasks.list.query({ id: running })).items).toHaveLength(1);
    expect((await taskEvents("cancel")).map((event) => event.context.jobs)).toContainEqual([cancelled, running]);
    expect((await taskEvents("delete")).map((event) => event.context.jobs)).toContainEqual([cancelled, running]);
  });

  it("refuses ids that are not job ids", async () => {
    const error = await errorOf(app.admin().api.tasks.retry.mutate({ ids: ["12; DROP TABLE users"] }));
    expect(error.data?.code).toBe("BAD_REQUEST");
  });
});

describe("schedules and history", () => {
  it("lists the cleanup schedule with its next run and last run, and runs it now", async () => {
    const admin = app.admin().api;
    const before = await admin.tasks.schedules.query();
    const cleanup = before.items.find((item) => item.task === "cleanup");
    expect(cleanup).toMatchObject({ crontab: "0 * * * *", lastRunAt: null });
    const next = new Date(cleanup?.nextRunAt ?? 0);
    expect(next.getUTCMinutes()).toBe(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000);
    const { jobId } = await admin.tasks.runNow.mutate({ task: "cleanup" });
    expect((await admin.tasks.list.query({ id: jobId })).items[0]).toMatchObject({ task: "cleanup", status: "queued" });
    await recordJobRun(app.database.fork(), { jobId, task: "cleanup", outcome: "success", attempt: 1, maxAttempts: 25, durationMs: 12.4, error: null, workerId: "worker-test" });
    const after = await admin.tasks.schedules.query();
    expect(after.items.find((item) => item.task === "cleanup")).toMatchObject({ lastOutcome: "success" });
    const error = await errorOf(admin.tasks.runNow.mutate({ task: "send-email" }));
    expect(error.message).toBe('"send-email" is not a scheduled task.');
  });

  it("lists finished runs newest first, filtered by outcome and job", async () => {
    const admin = app.admin().api;
    const em = app.database.fork();
    await recordJobRun(em, { jobId: "77", task: "send-email", outcome: "error", attempt: 1, maxAttempts: 3, durationMs: 40, error: "connect ECONNREFUSED", workerId: "worker-a" });
    await recordJobRun(em, { jobId: "77", task: "send-email", outcome: "success", attempt: 2, maxAttempts: 3, durationMs: 30, error: null, workerId: "worker-b" });
    const runs = await admin.tasks.history.query({ jobId: "77" });
    expect(runs.items.map((run) => [run.outcome, run.attempt, run.error])).toEqual([
      ["success", 2, null],
      ["error", 1, "connect ECONNREFUSED"],
    ]);
    expect((await admin.tasks.history.query({ outcome: "error", jobId: "77" })).items).toHaveLength(1);
  });
});

describe("workers", () => {
  it("shows each worker's heartbeat; one silent for a minute is gone, and its locked jobs can be unlocked", async () => {
    const admin = app.admin().api;
    const em = app.database.fork();
    const beat = { host: "host-a", pid: 42, startedAt: new Date(), concurrency: 2, runningJobs: 1 };
    await writeHeartbeat(em, { ...beat, id: "worker-alive", slotIds: ["slot-alive"] });
    await writeHeartbeat(em, { ...beat, id: "worker-dead", slotIds: ["slot-dead-1", "slot-dead-2"] });
    const locked = [await addJob("unlock-me", { locked: "slot-dead-1" }), await addJob("unlock-me", { locked: "slot-dead-2" })];
    await sql(em, "UPDATE worker_heartbeats SET last_seen_at = now() - interval '61 seconds' WHERE id = 'worker-dead'");
    const workers = new Map((await admin.tasks.workers.query()).items.map((worker) => [worker.id, worker]));
    expect(workers.get("worker-alive")).toMatchObject({ gone: false, runningJobs: 1, concurrency: 2, host: "host-a", pid: 42 });
    expect(workers.get("worker-dead")).toMatchObject({ gone: true, runningJobs: 0, lockedJobs: 2 });

    expect(await admin.tasks.unlockWorkers.mutate({ ids: ["worker-dead", "worker-alive"] })).toEqual({ unlocked: 2, refused: 1 });
    const statuses = await Promise.all(locked.map(async (id) => (await admin.tasks.list.query({ id })).items[0]?.status));
    expect(statuses).toEqual(["retrying", "retrying"]);
    expect((await admin.tasks.workers.query()).items.map((worker) => worker.id)).not.toContain("worker-dead");
    expect(await taskEvents("unlock_workers")).toContainEqual({ username: "admin", context: { operation: "unlock_workers", workers: ["worker-dead"], unlocked: 2 } });
  });

  it("a live worker takes back, by itself, the jobs of a worker silent for longer than the reclaim delay", async () => {
    const em = app.database.fork();
    const beat = { host: "host-b", pid: 43, startedAt: new Date(), concurrency: 1, runningJobs: 1 };
    await writeHeartbeat(em, { ...beat, id: "worker-killed", slotIds: ["slot-killed"] });
    await writeHeartbeat(em, { ...beat, id: "worker-quiet", slotIds: ["slot-quiet"] });
    const job = await addJob("reclaim-me", { locked: "slot-killed" });
    const quietJob = await addJob("reclaim-me", { locked: "slot-quiet" });
    await sql(em, "UPDATE worker_heartbeats SET last_seen_at = now() - interval '301 seconds' WHERE id = 'worker-killed'");
    await sql(em, "UPDATE worker_heartbeats SET last_seen_at = now() - interval '200 seconds' WHERE id = 'worker-quiet'");
    const reclaimed = await reclaimGoneWorkers(em, 300, "worker-survivor");
    expect(reclaimed).toEqual([{ id: "worker-killed", host: "host-b", pid: 43, unlocked: 1 }]);
    const admin = app.admin().api;
    expect((await admin.tasks.list.query({ id: job })).items[0]?.status).toBe("retrying");
    expect((await admin.tasks.list.query({ id: quietJob })).items[0]?.status).toBe("running");
    expect(await reclaimGoneWorkers(em, 300, "worker-survivor")).toEqual([]);
    expect(await taskEvents("reclaim_worker")).toContainEqual({ username: "", context: { operation: "reclaim_worker", worker: "worker-killed", host: "host-b", pid: 43, unlocked: 1, by: "worker-survivor" } });
  });
});

it("needs view_systemtask to look and run_systemtask to act", async () => {
  const viewer = await delegatedAdmin(app, "tasks-viewer", () => [{ codename: "view_systemtask" }]);
  expect((await viewer.client.api.tasks.workers.query()).items).toBeDefined();
  const job = await addJob("viewer-cannot-retry", { attempts: 25 });
  expect((await errorOf(viewer.client.api.tasks.retry.mutate({ ids: [job] }))).data?.code).toBe("FORBIDDEN");
  const nobody = await delegatedAdmin(app, "tasks-nobody", () => []);
  expect((await errorOf(nobody.client.api.tasks.list.query({}))).data?.code).toBe("FORBIDDEN");
});
