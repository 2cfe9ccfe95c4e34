/**
 * One bulk action on jobs through a graphile-worker function that skips locked jobs. Counts, in
 * the same statement, the jobs that existed and those the function changed: the difference is
 * the jobs that were running and were left alone. Written to the audit log with who did it.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type Actor, type TJobActionResult } from "@roster/core";
import { recordEvent } from "../events/record-event.js";
import { sql } from "../../sql.js";

export interface JobAction {
  actor: Actor;
  /** The audit event's `operation`: "retry", "cancel", "delete". */
  operation: string;
}

/** `change` selects the changed ids from a function called on `ARRAY(SELECT id FROM found)`. */
export async function applyToJobs(em: EntityManager, action: JobAction, ids: readonly string[], change: string, params: readonly unknown[] = []): Promise<TJobActionResult> {
  const unique = [...new Set(ids)];
  return em.transactional(async (tx) => {
    const rows = await sql<{ found: number; changed: number }>(
      tx,
      `WITH found AS (SELECT j.id, j.attempts >= j.max_attempts AS failed FROM graphile_worker.jobs j WHERE j.id = ANY(?::bigint[])),
            changed AS (${change})
       SELECT (SELECT count(*) FROM found)::int AS found, (SELECT count(*) FROM changed)::int AS changed`,
      [textArrayLiteral(unique), ...params],
    );
    const { found = 0, changed = 0 } = rows[0] ?? {};
    const result = { changed, running: found - changed, missing: unique.length - found };
    if (changed > 0) await recordEvent(tx, { action: "system_task_action", actor: action.actor, origin: action.actor, context: { operation: action.operation, jobs: unique, ...result } });
    return result;
  });
}
