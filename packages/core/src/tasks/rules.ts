/**
 * System > Tasks without zod (the console imports these; a module with schemas would bring zod
 * along): statuses, outcomes, the schedules, the heartbeat timing, and the console's words.
 */
import type { TJobName } from "../jobs.js";

export const jobStatuses = ["queued", "scheduled", "running", "retrying", "failed"] as const;
export const jobOutcomes = ["success", "error", "failed"] as const;

/**
 * The cron schedules the worker runs (graphile-worker crontab lines, UTC, built in the worker from
 * this list) and System > Tasks shows, with "Run now".
 */
export const schedules = [{ task: "cleanup", crontab: "0 * * * *" }] as const satisfies readonly { task: TJobName; crontab: string }[];

/**
 * Heartbeats are written every few seconds; a worker silent for a minute is gone (an admin may
 * unlock its jobs), and after five minutes the live workers take its jobs back by themselves.
 */
export const workerHeartbeatSeconds = 5;
export const workerGoneAfterSeconds = 60;
export const workerReclaimAfterSeconds = 300;

/** Where System > Tasks shows one job (linked from the notification of a failed email or export). */
export function jobPagePath(jobId: string): string {
  return `/system/tasks?tab=jobs&job=${jobId}`;
}

/** "2 jobs are running and were left alone." — said after a bulk action. */
export function leftAloneMessage(running: number): string | null {
  if (running === 0) return null;
  return running === 1 ? "1 job is running and was left alone." : `${running} jobs are running and were left alone.`;
}
