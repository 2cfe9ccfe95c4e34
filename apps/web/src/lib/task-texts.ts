/** Words and small rules of System › Tasks, kept out of the components (and tested without a browser). */
import { leftAloneMessage, type TJobActionResult, type TJobOutcome, type TJobStatus } from "@roster/core";
import { plural } from "./user-texts";

export const taskTabs = [
  { id: "schedules", label: "Schedules" },
  { id: "jobs", label: "Jobs" },
  { id: "history", label: "History" },
  { id: "workers", label: "Workers" },
] as const;

export const jobStatusLabels: Record<TJobStatus, string> = { queued: "queued", scheduled: "scheduled", running: "running", retrying: "retrying", failed: "failed" };

export function jobStatusTone(status: TJobStatus): "neutral" | "success" | "warning" | "danger" | "info" {
  return ({ queued: "neutral", scheduled: "neutral", running: "info", retrying: "warning", failed: "danger" } as const)[status];
}

export function outcomeTone(outcome: TJobOutcome): "success" | "warning" | "danger" {
  return ({ success: "success", error: "warning", failed: "danger" } as const)[outcome];
}

export const outcomeLabels: Record<TJobOutcome, string> = { success: "success", error: "error, retried", failed: "failed" };

export type JobAction = "retry" | "cancel" | "delete";

const actionDone: Record<JobAction, string> = { retry: "queued to run now", cancel: "cancelled", delete: "deleted" };

/** "2 jobs queued to run now. 1 job is running and was left alone." */
export function jobActionToast(action: JobAction, result: TJobActionResult): string {
  const done = `${plural(result.changed, "job")} ${actionDone[action]}.`;
  return [done, leftAloneMessage(result.running), result.missing > 0 ? `${plural(result.missing, "job")} had already finished.` : null].filter(Boolean).join(" ");
}

/** 850 ms, 12.3 s, 4 min */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms / 60_000)} min`;
}
