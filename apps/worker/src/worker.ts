/** Starts a graphile-worker runner on the Roster database. */
import { run, parseCrontab, type Runner } from "graphile-worker";
import type { Database } from "@roster/db";
import { createMailTransport } from "./mail/transport.js";
import { crontab, taskList } from "./task-list.js";

export interface WorkerOptions {
  databaseUrl: string;
  database: Database;
  concurrency?: number;
  /** Where send-email delivers; without it, sending fails (and retries) with a clear error. */
  smtpUrl?: string | null;
  mailFrom?: string;
}

export function startWorker(options: WorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.databaseUrl,
    concurrency: options.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: taskList(options.database, { mail: { transport: options.smtpUrl ? createMailTransport(options.smtpUrl) : null, from: options.mailFrom ?? "Roster <noreply@localhost>" } }),
    parsedCronItems: parseCrontab(crontab),
  });
}
