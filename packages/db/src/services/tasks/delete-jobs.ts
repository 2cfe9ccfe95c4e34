/** `tasks.delete`: removes the jobs from the queue (graphile-worker's `complete_jobs`). */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TJobActionResult } from "@roster/core";
import { applyToJobs } from "./apply-to-jobs.js";

export function deleteJobs(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<TJobActionResult> {
  return applyToJobs(em, { actor, operation: "delete" }, ids, "SELECT id FROM graphile_worker.complete_jobs(ARRAY(SELECT id FROM found))");
}
