/**
 * `tasks.retry`: runs the jobs now. A failed job gets a fresh set of attempts; a retrying one keeps
 * its count and skips its backoff. Running jobs are left alone.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TJobActionResult } from "@roster/core";
import { applyToJobs } from "./apply-to-jobs.js";

export function retryJobs(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<TJobActionResult> {
  return applyToJobs(
    em,
    { actor, operation: "retry" },
    ids,
    `SELECT id FROM graphile_worker.reschedule_jobs(ARRAY(SELECT id FROM found WHERE failed), run_at => now(), attempts => 0)
     UNION ALL
     SELECT id FROM graphile_worker.reschedule_jobs(ARRAY(SELECT id FROM found WHERE NOT failed), run_at => now())`,
  );
}
