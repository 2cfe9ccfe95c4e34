/**
 * Follows graphile-worker's events for one worker process: each finished run becomes a row of
 * job history (System > Tasks > History), one log line and a metric; it also counts the jobs
 * running now and collects the ids its jobs are locked by for the heartbeat: graphile-worker 0.17
 * locks a job with its worker pool's id (`pool-…`), older code paths with the slot's worker id.
 */
import type { WorkerEventMap, WorkerEvents } from "graphile-worker";
import type { TJobOutcome } from "@roster/core";
import { recordJobRun, type Database } from "@roster/db";
import type { Logger } from "@roster/db/observability";
import type { WorkerMetrics } from "./worker-metrics.js";

export interface JobObserver {
  runningJobs(): number;
  slotIds(): string[];
}

type Job = WorkerEventMap["job:start"]["job"];

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : JSON.stringify(error);
}

export function observeJobs(events: WorkerEvents, database: Database, logger: Logger, metrics: WorkerMetrics, workerId: string): JobObserver {
  const slots = new Set<string>();
  const started = new Map<string, number>();
  events.on("pool:create", ({ workerPool }) => slots.add(workerPool.id));
  events.on("pool:release", ({ workerPool }) => slots.delete(workerPool.id));
  events.on("worker:create", ({ worker }) => slots.add(worker.workerId));
  events.on("worker:stop", ({ worker }) => slots.delete(worker.workerId));
  events.on("job:start", ({ job }) => started.set(job.id, performance.now()));

  function finished(job: Job, outcome: TJobOutcome, error: unknown): void {
    const durationMs = performance.now() - (started.get(job.id) ?? performance.now());
    const message = error === undefined ? null : describe(error);
    const line = { jobId: job.id, task: job.task_identifier, attempt: job.attempts, maxAttempts: job.max_attempts, outcome, durationMs: Math.round(durationMs), error: message ?? undefined };
    if (outcome === "success") logger.info(line, "job finished");
    else logger.warn(line, outcome === "failed" ? "job failed for good" : "job failed; it will retry");
    metrics.jobFinished(job.task_identifier, outcome, durationMs / 1000);
    recordJobRun(database.fork(), { jobId: job.id, task: job.task_identifier, outcome, attempt: job.attempts, maxAttempts: job.max_attempts, durationMs, error: message, workerId }).catch((failure: unknown) =>
      logger.error({ jobId: job.id, error: describe(failure) }, "could not record the job's run in its history"),
    );
  }
  events.on("job:success", ({ job }) => finished(job, "success", undefined));
  // job:failed follows job:error on the last attempt; each run is recorded once.
  events.on("job:error", ({ job, error }) => {
    if (job.attempts < job.max_attempts) finished(job, "error", error);
  });
  events.on("job:failed", ({ job, error }) => finished(job, "failed", error));
  events.on("job:complete", ({ job }) => started.delete(job.id));
  return { runningJobs: () => started.size, slotIds: () => [...slots] };
}
