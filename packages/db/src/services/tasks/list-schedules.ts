/** `tasks.schedules`: each cron task with its crontab, its last finished run and its next one. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { schedules, textArrayLiteral, type TJobOutcome, type TSchedule } from "@roster/core";
import { sql } from "../../sql.js";
import { nextCronRun } from "./next-cron-run.js";
import { iso } from "../../sql-values.js";

export async function listSchedules(em: EntityManager): Promise<TSchedule[]> {
  const last = await sql<{ task: string; finished_at: Date | string; outcome: TJobOutcome }>(
    em,
    `SELECT DISTINCT ON (task) task, finished_at, outcome FROM job_runs WHERE task = ANY(?::text[]) ORDER BY task, finished_at DESC, id DESC`,
    [textArrayLiteral(schedules.map((schedule) => schedule.task))],
  );
  return Promise.all(schedules.map(async (schedule) => {
    const run = last.find((row) => row.task === schedule.task);
    return {
      task: schedule.task,
      crontab: schedule.crontab,
      lastRunAt: run ? iso(run.finished_at) : null,
      lastOutcome: run?.outcome ?? null,
      nextRunAt: (await nextCronRun(schedule.crontab, schedule.task))?.toISOString() ?? null,
    };
  }));
}
