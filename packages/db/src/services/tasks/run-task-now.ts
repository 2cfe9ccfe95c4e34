/** `tasks.runNow`: queues one run of a scheduled task now, beside its cron runs, with an audit event. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, schedules, type Actor } from "@roster/core";
import { recordEvent } from "../events/record-event.js";
import { sql } from "../../sql.js";

export async function runTaskNow(em: EntityManager, actor: Actor, task: string): Promise<{ jobId: string }> {
  if (!schedules.some((schedule) => schedule.task === task)) throw AppError.field("task", `"${task}" is not a scheduled task.`);
  return em.transactional(async (tx) => {
    const rows = await sql<{ id: string }>(tx, "SELECT (graphile_worker.add_job(?, '{}'::json)).id::text AS id", [task]);
    const jobId = rows[0]?.id ?? "";
    await recordEvent(tx, { action: "system_task_action", actor, origin: actor, context: { operation: "run_now", task, job: jobId } });
    return { jobId };
  });
}
