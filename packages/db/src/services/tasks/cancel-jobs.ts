/** `tasks.cancel`: marks the jobs failed for good (they stay listed, with who cancelled them). */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TJobActionResult } from "@roster/core";
import { applyToJobs } from "./apply-to-jobs.js";

export function cancelJobs(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<TJobActionResult> {
  return applyToJobs(em, { actor, operation: "cancel" }, ids, "SELECT id FROM graphile_worker.permanently_fail_jobs(ARRAY(SELECT id FROM found), ?)", [`Cancelled by ${actor.username}.`]);
}
