/** Starts a graphile-worker runner on the Roster database. */
import { run, parseCrontab, type Runner } from "graphile-worker";
import type { Database } from "@roster/db";
import { crontab, taskList } from "./task-list.js";

export interface WorkerOptions {
  databaseUrl: string;
  database: Database;
  concurrency?: number;
}

export function startWorker(options: WorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.databaseUrl,
    concurrency: options.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: taskList(options.database),
    parsedCronItems: parseCrontab(crontab),
  });
}
