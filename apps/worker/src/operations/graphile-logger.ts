/** graphile-worker's own log lines, through our pino logger (so they are JSON lines too). */
import { Logger as GraphileLogger } from "graphile-worker";
import type { Logger } from "@roster/db/observability";

const levels = { error: "error", warning: "warn", info: "info", debug: "debug" } as const;

export function graphileLogger(logger: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (level, message) => {
    // Job outcomes are logged once, by the job observer, with their fields.
    if (scope.jobId !== undefined && (message.startsWith("Completed task") || message.startsWith("Failed task"))) return;
    logger[levels[level]]({ graphile: scope.label, workerId: scope.workerId }, message);
  });
}
