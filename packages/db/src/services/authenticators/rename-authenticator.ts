/** `authenticators.rename`: by the owner, or an admin allowed to change the owner (trust rules first). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor, type TAuthenticator } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { getAuthenticator } from "./list-authenticators.js";

export async function renameAuthenticator(em: EntityManager, actor: Actor, input: { id: string; name: string }): Promise<TAuthenticator> {
  return em.transactional(async (tx) => {
    const rows = await sql<{ user_id: string; name: string }>(tx, "SELECT user_id, name FROM authenticators WHERE id = ? FOR UPDATE", [input.id]);
    const before = rows[0];
    if (!before) throw AppError.notFound("Authenticator");
    if (before.user_id !== actor.userId) await assertMayActOnUsers(tx, actor, [before.user_id]);
    await sql(tx, "UPDATE authenticators SET name = ?, last_updated = now() WHERE id = ?", [input.name, input.id]);
    await recordModelEvent(tx, actor, "model_updated", { model: "authenticator", pk: input.id, name: input.name }, { targetUserId: before.user_id, changes: { name: { from: before.name, to: input.name } } });
    const renamed = await getAuthenticator(tx, input.id);
    if (!renamed) throw AppError.notFound("Authenticator");
    return renamed;
  });
}
