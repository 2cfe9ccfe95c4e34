/** `tasks.history`: finished runs (30 days are kept), newest first, by keyset on (finished_at, id). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { type TJobHistoryInput, type TJobOutcome, type TJobRun } from "@roster/core";
import { pageOf, pageWindow, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { iso } from "../../sql-values.js";

interface JobRunRow {
  id: string;
  job_id: string;
  task: string;
  outcome: TJobOutcome;
  attempt: number;
  max_attempts: number;
  duration_ms: number;
  error: string | null;
  worker_id: string | null;
  finished_at: Date | string;
  finished_key: string;
}

export async function listJobHistory(em: EntityManager, input: TJobHistoryInput): Promise<Page<TJobRun>> {
  const window = pageWindow(input, 2, 50);
  const conditions: string[] = ["true"];
  const params: unknown[] = [];
  if (input.task) {
    conditions.push("task = ?");
    params.push(input.task);
  }
  if (input.outcome) {
    conditions.push("outcome = ?");
    params.push(input.outcome);
  }
  if (input.jobId) {
    conditions.push("job_id = ?::bigint");
    params.push(input.jobId);
  }
  if (window.after) {
    const [finished, id] = window.after;
    conditions.push("(finished_at, id) < (?::timestamptz, ?::bigint)");
    params.push(finished, id);
  }
  const rows = await sql<JobRunRow>(
    em,
    `SELECT id::text, job_id::text, task, outcome, attempt, max_attempts, duration_ms, error, worker_id, finished_at, finished_at::text AS finished_key
       FROM job_runs WHERE ${conditions.join(" AND ")} ORDER BY finished_at DESC, id DESC LIMIT ?`,
    [...params, window.take],
  );
  return pageOf(
    rows,
    window,
    (last) => [last.finished_key, last.id],
    (row) => ({
      id: row.id,
      jobId: row.job_id,
      task: row.task,
      outcome: row.outcome,
      attempt: row.attempt,
      maxAttempts: row.max_attempts,
      durationMs: row.duration_ms,
      error: row.error,
      workerId: row.worker_id,
      finishedAt: iso(row.finished_at) ?? "",
    }),
  );
}
