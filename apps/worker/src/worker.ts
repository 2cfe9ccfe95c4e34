/**
 * Starts a graphile-worker runner on the Roster database, with what operations need around it:
 * job history, one log line per job, metrics, and this process's heartbeat row.
 */
import { EventEmitter } from "node:events";
import { randomBytes } from "node:crypto";
import { run, parseCrontab, type Runner, type WorkerEvents } from "graphile-worker";
import { schedules, workerHeartbeatSeconds, workerReclaimAfterSeconds } from "@roster/core";
import type { Database } from "@roster/db";
import { silentLogger, type Logger } from "@roster/db/observability";
import { createMailTransport } from "./mail/transport.js";
import { graphileLogger } from "./operations/graphile-logger.js";
import { startHeartbeat, type HeartbeatTiming } from "./operations/heartbeat.js";
import { observeJobs } from "./operations/job-observer.js";
import { createWorkerMetrics, type WorkerMetrics } from "./operations/worker-metrics.js";
import { taskList } from "./task-list.js";

export interface WorkerOptions {
  databaseUrl: string;
  database: Database;
  concurrency?: number;
  /** Where send-email delivers; without it, sending fails (and retries) with a clear error. */
  smtpUrl?: string | null;
  mailFrom?: string;
  logger?: Logger;
  /** Heartbeat interval and when a silent worker's jobs are taken back (defaults: @roster/core). */
  heartbeat?: Partial<HeartbeatTiming>;
}

export interface RunningWorker {
  /** This process's id in System > Tasks > Workers. */
  id: string;
  runner: Runner;
  metrics: WorkerMetrics;
  /** Lets running jobs finish (or gives them back to the queue), then leaves the Workers list. */
  stop(): Promise<void>;
}

/** graphile-worker crontab lines (UTC) from the schedules in @roster/core. */
export const crontab = schedules.map((schedule) => `${schedule.crontab} ${schedule.task} ?jobKey=${schedule.task}&jobKeyMode=replace`).join("\n");

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const logger = options.logger ?? silentLogger();
  const concurrency = options.concurrency ?? 4;
  const id = `worker-${randomBytes(6).toString("hex")}`;
  const events: WorkerEvents = new EventEmitter();
  const metrics = createWorkerMetrics(options.database);
  const observer = observeJobs(events, options.database, logger, metrics, id);
  const timing = { intervalSeconds: workerHeartbeatSeconds, reclaimAfterSeconds: workerReclaimAfterSeconds, ...options.heartbeat };
  const heartbeat = startHeartbeat(options.database, logger, { id, concurrency }, timing, observer, () => metrics.heartbeatWritten());
  const runner = await run({
    connectionString: options.databaseUrl,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    events,
    logger: graphileLogger(logger),
    taskList: taskList(options.database, { mail: { transport: options.smtpUrl ? createMailTransport(options.smtpUrl) : null, from: options.mailFrom ?? "Roster <noreply@localhost>" } }),
    parsedCronItems: parseCrontab(crontab),
  });
  await heartbeat.beat();
  return {
    id,
    runner,
    metrics,
    async stop() {
      await runner.stop();
      await heartbeat.stop();
    },
  };
}
