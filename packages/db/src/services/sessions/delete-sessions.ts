/**
 * Ends sessions by id. The device is signed out on its next request, since a request resolves its
 * session from the table. Returns the owners, so the caller can check its rights first.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers } from "../authorization/index.js";
import { recordEvent } from "../events/record-event.js";

export async function sessionOwners(em: EntityManager, ids: readonly string[]): Promise<string[]> {
  const rows = await sql<{ user_id: string }>(em, "SELECT DISTINCT user_id FROM sessions WHERE id = ANY(?::uuid[])", [textArrayLiteral(ids)]);
  return rows.map((row) => row.user_id);
}

export async function deleteSessions(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    await assertMayActOnUsers(tx, actor, await sessionOwners(tx, ids));
    const deleted = await sql<{ user_id: string }>(tx, "DELETE FROM sessions WHERE id = ANY(?::uuid[]) RETURNING user_id", [textArrayLiteral(ids)]);
    const perUser = new Map<string, number>();
    for (const row of deleted) perUser.set(row.user_id, (perUser.get(row.user_id) ?? 0) + 1);
    for (const [userId, sessions] of perUser) {
      await recordEvent(tx, { action: "sessions_revoked", actor, origin: actor, targetUserId: userId, context: { reason: "deleted_by_admin", sessions } });
    }
    return deleted.length;
  });
}
