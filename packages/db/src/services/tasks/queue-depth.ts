/** Jobs in the queue by task and status, for the worker's `roster_job_queue_depth` metric. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TJobStatus } from "@roster/core";
import { sql } from "../../sql.js";
import { jobStatusSql } from "./job-row.js";

export function queueDepth(em: EntityManager): Promise<{ task: string; status: TJobStatus; count: number }[]> {
  return sql(em, `SELECT j.task_identifier AS task, ${jobStatusSql} AS status, count(*)::int AS count FROM graphile_worker.jobs j GROUP BY 1, 2`);
}
