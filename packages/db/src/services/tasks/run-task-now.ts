/** `tasks.runNow`: queues one run of a scheduled task now, beside its cron runs. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, schedules } from "@roster/core";
import { sql } from "../../sql.js";

export async function runTaskNow(em: EntityManager, task: string): Promise<{ jobId: string }> {
  if (!schedules.some((schedule) => schedule.task === task)) throw AppError.field("task", `"${task}" is not a scheduled task.`);
  const rows = await sql<{ id: string }>(em, "SELECT (graphile_worker.add_job(?, '{}'::json)).id::text AS id", [task]);
  return { jobId: rows[0]?.id ?? "" };
}
