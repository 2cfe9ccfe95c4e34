/**
 * A running worker records each finished run in the job history (success, error that will retry,
 * failed for good), writes its heartbeat with its worker slots while it runs, and leaves the
 * Workers list when it stops.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestDatabase, type OpenTestDatabase, sql } from "@roster/db/testing";
import { startWorker } from "../src/worker.js";

let testDatabase: OpenTestDatabase;
beforeAll(async () => {
  testDatabase = await openTestDatabase();
});
afterAll(() => testDatabase.close());

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it("records every finished run, with its outcome, and keeps a heartbeat while running", async () => {
  const em = testDatabase.database.fork();
  const worker = await startWorker({ databaseUrl: testDatabase.url, database: testDatabase.database, concurrency: 2 });
  try {
    const [beat] = await sql<{ id: string; concurrency: number; slot_ids: string[]; pid: number }>(em, "SELECT id, concurrency, slot_ids, pid FROM worker_heartbeats");
    expect(beat).toMatchObject({ id: worker.id, concurrency: 2, pid: process.pid });
    // The pool's id (what graphile-worker 0.17 locks jobs with) and its two workers' ids.
    expect(beat?.slot_ids.filter((id) => id.startsWith("pool-"))).toHaveLength(1);
    expect(beat?.slot_ids).toHaveLength(3);

    await sql(em, "SELECT graphile_worker.add_job('cleanup', '{}'::json)");
    // A payload the task refuses: it throws, first with an attempt left, then for good.
    await sql(em, `SELECT graphile_worker.add_job('send-email', '{"messageId": "not-a-uuid"}'::json, max_attempts => 2)`);
    const runs = await waitFor(
      () => sql<{ task: string; outcome: string; attempt: number; error: string | null; worker_id: string }>(em, "SELECT task, outcome, attempt, error, worker_id FROM job_runs ORDER BY id"),
      (rows) => rows.length >= 3,
    );
    expect(runs.find((run) => run.task === "cleanup")).toMatchObject({ outcome: "success", attempt: 1, error: null, worker_id: worker.id });
    const email = runs.filter((run) => run.task === "send-email").map((run) => [run.outcome, run.attempt]);
    expect(email).toEqual([
      ["error", 1],
      ["failed", 2],
    ]);
    expect(runs.find((run) => run.task === "send-email")?.error).toContain("messageId");
  } finally {
    await worker.stop();
  }
  expect(await sql(em, "SELECT id FROM worker_heartbeats")).toEqual([]);
}, 60_000);
