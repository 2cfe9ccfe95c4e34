/**
 * Reading graphile-worker's queue through its public `graphile_worker.jobs` view, with the status
 * System > Tasks shows. A lock older than 4 hours counts as released, as graphile-worker's own
 * functions (`complete_jobs`, `reschedule_jobs`, …) treat it.
 */
import type { TJob, TJobStatus } from "@roster/core";
import { iso } from "../../sql-values.js";

export const jobStatusSql = `CASE
  WHEN j.locked_at IS NOT NULL AND j.locked_at > now() - interval '4 hours' THEN 'running'
  WHEN j.attempts >= j.max_attempts THEN 'failed'
  WHEN j.attempts > 0 THEN 'retrying'
  WHEN j.run_at > now() THEN 'scheduled'
  ELSE 'queued' END`;

export const jobColumns = `j.id::text AS id, j.task_identifier AS task, ${jobStatusSql} AS status, j.attempts, j.max_attempts,
  j.run_at, j.created_at, j.last_error, j.key, j.locked_by`;

export interface JobRow {
  id: string;
  task: string;
  status: TJobStatus;
  attempts: number;
  max_attempts: number;
  run_at: Date | string;
  created_at: Date | string;
  last_error: string | null;
  key: string | null;
  locked_by: string | null;
}

export function toJob(row: JobRow): TJob {
  return {
    id: row.id,
    task: row.task,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: iso(row.run_at) ?? "",
    createdAt: iso(row.created_at) ?? "",
    lastError: row.last_error,
    key: row.key,
    lockedBy: row.locked_by,
  };
}
