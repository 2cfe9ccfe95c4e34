/**
 * Input and output shapes of the `tasks.*` procedures (System > Tasks). Job ids are PostgreSQL
 * bigints: strings on the wire, so that no client rounds them through a double.
 */
import { z } from "zod";
import { ZPageInput } from "../common/pagination.js";
import { jobOutcomes, jobStatuses } from "./rules.js";

export const ZJobId = z.string().regex(/^[1-9][0-9]{0,18}$/, "A job id is a positive whole number.");

export const ZJobStatus = z.enum(jobStatuses);
export type TJobStatus = z.infer<typeof ZJobStatus>;

export const ZJob = z.object({
  id: ZJobId,
  task: z.string(),
  status: ZJobStatus,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.string(),
  createdAt: z.string(),
  lastError: z.string().nullable(),
  key: z.string().nullable(),
  lockedBy: z.string().nullable(),
});
export type TJob = z.infer<typeof ZJob>;

export const ZJobListInput = ZPageInput.extend({
  status: ZJobStatus.optional(),
  task: z.string().max(200).optional(),
  /** One job, as linked from a notification. */
  id: ZJobId.optional(),
});
export type TJobListInput = z.infer<typeof ZJobListInput>;

export const ZJobIds = z.object({ ids: z.array(ZJobId).min(1, "Select at least one.").max(1000, "At most 1,000 at once.") });

/** What a bulk action did: how many jobs it changed, and how many it left alone because they run. */
export const ZJobActionResult = z.object({ changed: z.number().int(), running: z.number().int(), missing: z.number().int() });
export type TJobActionResult = z.infer<typeof ZJobActionResult>;

export const ZSchedule = z.object({
  task: z.string(),
  crontab: z.string(),
  lastRunAt: z.string().nullable(),
  lastOutcome: z.enum(["success", "error", "failed"]).nullable(),
  nextRunAt: z.string().nullable(),
});
export type TSchedule = z.infer<typeof ZSchedule>;

export const ZRunNowInput = z.object({ task: z.string().min(1).max(200) });
export const ZRunNowResult = z.object({ jobId: ZJobId });

export const ZJobOutcome = z.enum(jobOutcomes);
export type TJobOutcome = z.infer<typeof ZJobOutcome>;

export const ZJobRun = z.object({
  id: z.string(),
  jobId: ZJobId,
  task: z.string(),
  outcome: ZJobOutcome,
  attempt: z.number().int(),
  maxAttempts: z.number().int(),
  durationMs: z.number().int(),
  error: z.string().nullable(),
  finishedAt: z.string(),
  workerId: z.string().nullable(),
});
export type TJobRun = z.infer<typeof ZJobRun>;

export const ZJobHistoryInput = ZPageInput.extend({
  task: z.string().max(200).optional(),
  outcome: ZJobOutcome.optional(),
  jobId: ZJobId.optional(),
});
export type TJobHistoryInput = z.infer<typeof ZJobHistoryInput>;

export const ZWorkerProcess = z.object({
  id: z.string(),
  host: z.string(),
  pid: z.number().int(),
  startedAt: z.string(),
  lastSeenAt: z.string(),
  concurrency: z.number().int(),
  runningJobs: z.number().int(),
  /** Not seen for longer than `workerGoneAfterSeconds`. */
  gone: z.boolean(),
  /** Jobs still locked by this process's worker slots. */
  lockedJobs: z.number().int(),
});
export type TWorkerProcess = z.infer<typeof ZWorkerProcess>;

export const ZWorkerList = z.object({ items: z.array(ZWorkerProcess) });

export const ZWorkerIds = z.object({ ids: z.array(z.string().min(1).max(100)).min(1, "Select at least one.").max(100) });
export const ZUnlockResult = z.object({ unlocked: z.number().int(), refused: z.number().int() });

