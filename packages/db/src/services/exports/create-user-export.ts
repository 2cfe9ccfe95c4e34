/**
 * `users.export`: records the request and enqueues the `user-export` job in one transaction, so
 * the job exists exactly when the export row does. The query is checked now, so that a typo fails
 * at once with its position instead of later in the worker.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TUserExportInput } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { enqueueJob } from "../jobs/enqueue.js";
import { userExportQuery } from "./user-export-query.js";

/** Exports are retried a few times, not the default 25: a failure the admin sees beats days of backoff. */
export const exportMaxAttempts = 5;

export async function createUserExport(em: EntityManager, actor: Actor, input: TUserExportInput): Promise<{ exportId: string }> {
  userExportQuery(input);
  const queryParams = { query: input.query?.trim() || undefined, path: input.path || undefined, ordering: input.ordering };
  const exportId = newId();
  await em.transactional(async (tx) => {
    await sql(tx, "INSERT INTO data_exports (id, requested_by_id, requested_by_username, model, query_params, status) VALUES (?, ?, ?, 'user', ?::jsonb, 'pending')", [
      exportId,
      actor.userId,
      actor.username,
      JSON.stringify(queryParams),
    ]);
    await enqueueJob(tx, "userExport", { exportId }, { jobKey: `export:${exportId}`, maxAttempts: exportMaxAttempts });
    await recordModelEvent(tx, actor, "model_created", { model: "dataexport", pk: exportId, name: "user export" }, { queryParams });
  });
  return { exportId };
}
