/**
 * Deleting a user's consents or refresh tokens (by admins, or the user on the Settings page):
 * the owners are checked against the trust rules first (only a super-user acts on a super-user),
 * then each deleted row is recorded as `model_deleted` — in one transaction.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";

const tables = {
  user_consent: "user_consents",
  refresh_token: "refresh_tokens",
} as const;
export type OwnedRecordModel = keyof typeof tables;

/** The users owning these rows, for the caller's permission check. */
export async function ownedRecordOwners(em: EntityManager, model: OwnedRecordModel, ids: readonly string[]): Promise<string[]> {
  const rows = await sql<{ user_id: string }>(em, `SELECT DISTINCT user_id FROM ${tables[model]} WHERE id = ANY(?::uuid[])`, [textArrayLiteral(ids)]);
  return rows.map((row) => row.user_id);
}

/** Deletes the rows; with `ownerId`, only rows of that user (a user revoking their own). */
export async function deleteOwnedRecords(em: EntityManager, actor: Actor, model: OwnedRecordModel, ids: readonly string[], ownerId: string | null = null): Promise<number> {
  return em.transactional(async (tx) => {
    if (!ownerId) await assertMayActOnUsers(tx, actor, await ownedRecordOwners(tx, model, ids));
    const deleted = await sql<{ id: string; user_id: string; name: string | null }>(
      tx,
      `DELETE FROM ${tables[model]} r WHERE r.id = ANY(?::uuid[]) AND (?::uuid IS NULL OR r.user_id = ?::uuid)
       RETURNING r.id, r.user_id, (SELECT a.name FROM applications a WHERE a.id = r.application_id) AS name`,
      [textArrayLiteral(ids), ownerId, ownerId],
    );
    for (const row of deleted) {
      await recordModelEvent(tx, actor, "model_deleted", { model, pk: row.id, name: row.name ?? "" }, { targetUserId: row.user_id });
    }
    return deleted.length;
  });
}
