/**
 * Deletes users. Their sessions, tokens, memberships and role assignments go with them (foreign
 * keys cascade in the same transaction, so nothing of theirs outlives the commit); the audit log
 * keeps their username as text.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { internalServiceAccountMessage } from "./update-user.js";

export const selfDeletionMessage = "You cannot delete your own account.";

export async function deleteUsers(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  if (ids.includes(actor.impersonator?.id ?? actor.userId)) throw AppError.field("ids", selfDeletionMessage);
  return em.transactional(async (tx) => {
    const users = await sql<{ id: string; username: string; type: string }>(tx, "SELECT id, username, type FROM users WHERE id = ANY(?::uuid[]) FOR UPDATE", [textArrayLiteral(ids)]);
    if (users.some((user) => user.type === "internal_service_account")) throw AppError.forbidden(internalServiceAccountMessage);
    await assertMayActOnUsers(tx, actor, users.map((user) => user.id));
    await sql(tx, "DELETE FROM users WHERE id = ANY(?::uuid[])", [textArrayLiteral(users.map((user) => user.id))]);
    for (const user of users) await recordModelEvent(tx, actor, "model_deleted", { model: "user", pk: user.id, name: user.username });
    return users.length;
  });
}
