/**
 * The worker's Prometheus metrics: jobs by task and outcome with their durations, the queue's
 * depth by task and status (read from `graphile_worker.jobs` when scraped), the age of this
 * process's last heartbeat, the database pool, and Node's own process metrics.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { TJobOutcome } from "@roster/core";
import { queueDepth, type Database } from "@roster/db";
import { registerPoolMetrics } from "@roster/db/observability";

export interface WorkerMetrics {
  registry: Registry;
  jobFinished(task: string, outcome: TJobOutcome, seconds: number): void;
  heartbeatWritten(): void;
}

export function createWorkerMetrics(database: Database): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerPoolMetrics(registry, database);
  const jobs = new Counter({ name: "roster_jobs_total", help: "Finished job runs by task and outcome (success, error = will retry, failed = no attempts left).", labelNames: ["task", "outcome"], registers: [registry] });
  const durations = new Histogram({
    name: "roster_job_duration_seconds",
    help: "How long job runs took, by task.",
    labelNames: ["task"],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [registry],
  });
  new Gauge({
    name: "roster_job_queue_depth",
    help: "Jobs in the queue by task and status (queued, scheduled, running, retrying, failed).",
    labelNames: ["task", "status"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await queueDepth(database.fork())) this.set({ task: row.task, status: row.status }, row.count);
    },
  });
  let lastBeat = Date.now();
  new Gauge({
    name: "roster_worker_heartbeat_age_seconds",
    help: "Seconds since this worker last wrote its heartbeat row.",
    registers: [registry],
    collect() {
      this.set((Date.now() - lastBeat) / 1000);
    },
  });
  return {
    registry,
    jobFinished(task, outcome, seconds) {
      jobs.inc({ task, outcome });
      durations.observe({ task }, seconds);
    },
    heartbeatWritten() {
      lastBeat = Date.now();
    },
  };
}
