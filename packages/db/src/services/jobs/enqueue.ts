/**
 * Enqueues a worker job inside the caller's transaction, so that the job exists exactly when the
 * change it follows has committed.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { jobs } from "@roster/core";
import { sql } from "../../sql.js";

type JobKey = keyof typeof jobs;

export async function enqueueJob<K extends JobKey>(
  em: EntityManager,
  job: K,
  payload: (typeof jobs)[K]["payload"]["_zod"]["input"],
  options: { jobKey?: string; maxAttempts?: number; runAt?: Date } = {},
): Promise<void> {
  const spec = jobs[job];
  const checked = spec.payload.parse(payload) as unknown;
  await sql(em, 
    "SELECT graphile_worker.add_job(?, ?::json, job_key => ?, max_attempts => ?, run_at => ?)",
    [spec.name, JSON.stringify(checked), options.jobKey ?? null, options.maxAttempts ?? 25, options.runAt ?? null],
  );
}
