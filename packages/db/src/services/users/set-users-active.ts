/**
 * The one place a user's active flag changes (users.update, users.setActive, single or bulk).
 * Deactivation takes effect at commit: every request resolves its session only for active users.
 * A revoke-user-sessions job, enqueued in the same transaction, then deletes the sessions,
 * refresh tokens and pending flow state.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { enqueueJob } from "../jobs/enqueue.js";

export const selfDeactivationMessage = "You cannot deactivate your own account.";

/** Activates or deactivates users in one transaction. Returns the ids whose flag changed. */
export function setUsersActive(em: EntityManager, actor: Actor, ids: readonly string[], isActive: boolean): Promise<string[]> {
  return em.transactional((tx) => changeActiveFlags(tx, actor, ids, isActive));
}

/** The same inside the caller's transaction (users.update changes the flag among other fields). */
export async function changeActiveFlags(em: EntityManager, actor: Actor, ids: readonly string[], isActive: boolean): Promise<string[]> {
  if (!isActive && ids.includes(actor.impersonator?.id ?? actor.userId)) throw AppError.field("ids", selfDeactivationMessage);
  await assertMayActOnUsers(em, actor, ids);
  const changed = await sql<{ id: string; username: string }>(
    em,
    `UPDATE users SET is_active = ?, last_updated = now()
      WHERE id = ANY(?::uuid[]) AND is_active <> ? AND type <> 'internal_service_account'
      RETURNING id, username`,
    [isActive, textArrayLiteral(ids), isActive],
  );
  for (const user of changed) {
    await recordModelEvent(em, actor, "model_updated", { model: "user", pk: user.id, name: user.username }, { changes: { isActive: { from: !isActive, to: isActive } } });
    if (!isActive) await enqueueJob(em, "revokeUserSessions", { userId: user.id, reason: "deactivated" }, { jobKey: `revoke-user-sessions:${user.id}` });
  }
  return changed.map((user) => user.id);
}
