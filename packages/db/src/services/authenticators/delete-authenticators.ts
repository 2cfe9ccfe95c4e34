/**
 * Removes MFA devices: by an admin (the trust rules first: only a super-user acts on a
 * super-user's devices), or by their owner on the Settings page (`ownerId`: other users' ids are
 * ignored). Each removal writes `model_deleted` naming the device and its user; the user's next
 * sign-in no longer asks for it. One transaction.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, mfaMessages, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { authenticatorOwners } from "./authenticator-owners.js";

export async function deleteAuthenticators(em: EntityManager, actor: Actor, ids: readonly string[], ownerId: string | null = null): Promise<number> {
  // Impersonating lets an admin act as the user, not strip the user's second factor.
  if (actor.impersonator) throw AppError.forbidden(mfaMessages.notWhileImpersonating);
  return em.transactional(async (tx) => {
    if (!ownerId) await assertMayActOnUsers(tx, actor, await authenticatorOwners(tx, ids));
    const deleted = await sql<{ id: string; user_id: string; name: string; type: string; username: string }>(
      tx,
      `DELETE FROM authenticators a USING users u
        WHERE a.id = ANY(?::uuid[]) AND u.id = a.user_id AND (?::uuid IS NULL OR a.user_id = ?::uuid)
       RETURNING a.id, a.user_id, a.name, a.type, u.username`,
      [textArrayLiteral(ids), ownerId, ownerId],
    );
    for (const row of deleted) {
      await recordModelEvent(tx, actor, "model_deleted", { model: "authenticator", pk: row.id, name: row.name }, { targetUserId: row.user_id, type: row.type, user: { id: row.user_id, username: row.username } });
    }
    return deleted.length;
  });
}
