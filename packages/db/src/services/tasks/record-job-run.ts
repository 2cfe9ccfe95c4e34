/** One finished run of a job, from the worker's `job:success`, `job:error` and `job:failed` events. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TJobOutcome } from "@roster/core";
import { sql } from "../../sql.js";

export interface JobRunInput {
  jobId: string;
  task: string;
  outcome: TJobOutcome;
  attempt: number;
  maxAttempts: number;
  durationMs: number;
  error: string | null;
  workerId: string;
}

export async function recordJobRun(em: EntityManager, run: JobRunInput): Promise<void> {
  await sql(em, "INSERT INTO job_runs (job_id, task, outcome, attempt, max_attempts, duration_ms, error, worker_id) VALUES (?::bigint, ?, ?, ?, ?, ?, ?, ?)", [
    run.jobId,
    run.task,
    run.outcome,
    run.attempt,
    run.maxAttempts,
    Math.round(run.durationMs),
    run.error,
    run.workerId,
  ]);
}
