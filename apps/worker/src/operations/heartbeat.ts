/**
 * Writes this worker process's heartbeat row every few seconds, then takes back the jobs of
 * workers silent for too long (killed, their machine lost). A failed write (PostgreSQL away) is
 * logged and the next one tried, so the worker recovers by itself. Stopping deletes the row.
 */
import os from "node:os";
import { reclaimGoneWorkers, removeHeartbeat, writeHeartbeat, type Database } from "@roster/db";
import type { Logger } from "@roster/db/observability";
import type { JobObserver } from "./job-observer.js";

export interface HeartbeatLoop {
  beat(): Promise<void>;
  stop(): Promise<void>;
}

export interface HeartbeatTiming {
  intervalSeconds: number;
  reclaimAfterSeconds: number;
}

export function startHeartbeat(database: Database, logger: Logger, identity: { id: string; concurrency: number }, timing: HeartbeatTiming, observer: JobObserver, onWritten: () => void): HeartbeatLoop {
  const startedAt = new Date();
  let failing = false;
  const beat = async () => {
    try {
      await writeHeartbeat(database.fork(), { id: identity.id, host: os.hostname(), pid: process.pid, startedAt, concurrency: identity.concurrency, runningJobs: observer.runningJobs(), slotIds: observer.slotIds() });
      onWritten();
      if (failing) logger.info("heartbeat written again");
      failing = false;
      for (const gone of await reclaimGoneWorkers(database.fork(), timing.reclaimAfterSeconds, identity.id)) {
        logger.warn({ goneWorker: gone.id, host: gone.host, pid: gone.pid, unlocked: gone.unlocked }, `worker ${gone.id} silent for over ${timing.reclaimAfterSeconds} s: its ${gone.unlocked} locked job(s) are queued again`);
      }
    } catch (error) {
      if (!failing) logger.error({ error: error instanceof Error ? error.message : String(error) }, "could not write the heartbeat; retrying");
      failing = true;
    }
  };
  const timer = setInterval(() => void beat(), timing.intervalSeconds * 1000);
  timer.unref();
  return {
    beat,
    async stop() {
      clearInterval(timer);
      await removeHeartbeat(database.fork(), identity.id).catch(() => undefined);
    },
  };
}
