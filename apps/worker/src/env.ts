/** The worker's configuration: environment variables checked once, here and nowhere else. */
import { z } from "zod";
import { workerHeartbeatSeconds, workerReclaimAfterSeconds } from "@roster/core";

const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (pnpm start sets it for the embedded server)"),
  ROSTER_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  ROSTER_PUBLIC_URL: z.url().default("http://localhost:9000"),
  SMTP_URL: z.string().optional(),
  ROSTER_MAIL_FROM: z.string().default("Roster <noreply@localhost>"),
  /** Serve /metrics on this port (with ROSTER_METRICS_TOKEN); unset: no metrics server. */
  ROSTER_WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  ROSTER_WORKER_METRICS_HOST: z.string().default("127.0.0.1"),
  ROSTER_METRICS_TOKEN: z.string().min(16, "ROSTER_METRICS_TOKEN must be at least 16 characters long").optional(),
  ROSTER_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ROSTER_LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  /** How often this worker writes its heartbeat. */
  ROSTER_WORKER_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(60).default(workerHeartbeatSeconds),
  /** After how long without a heartbeat another worker's locked jobs are taken back. */
  ROSTER_WORKER_RECLAIM_AFTER_SECONDS: z.coerce.number().int().min(3).max(14_400).default(workerReclaimAfterSeconds),
}).refine((env) => env.ROSTER_WORKER_RECLAIM_AFTER_SECONDS >= 3 * env.ROSTER_WORKER_HEARTBEAT_SECONDS, {
  path: ["ROSTER_WORKER_RECLAIM_AFTER_SECONDS"],
  message: "must be at least three heartbeats (3 × ROSTER_WORKER_HEARTBEAT_SECONDS), or a live worker's jobs would be taken from it",
});

export type WorkerEnv = z.infer<typeof ZEnv>;

export function readEnv(source: Record<string, string | undefined> = process.env): WorkerEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  return parsed.data;
}
