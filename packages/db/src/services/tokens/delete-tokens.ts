/** Deletes API tokens and app passwords; recovery tokens are left to recovery links. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";

export async function deleteTokens(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const owners = await sql<{ user_id: string }>(tx, "SELECT DISTINCT user_id FROM api_tokens WHERE id = ANY(?::uuid[]) AND intent IN ('api', 'app_password')", [textArrayLiteral(ids)]);
    await assertMayActOnUsers(tx, actor, owners.map((row) => row.user_id));
    const tokens = await sql<{ id: string; identifier: string; user_id: string }>(
      tx,
      "DELETE FROM api_tokens WHERE id = ANY(?::uuid[]) AND intent IN ('api', 'app_password') RETURNING id, identifier, user_id",
      [textArrayLiteral(ids)],
    );
    for (const token of tokens) {
      await recordModelEvent(tx, actor, "model_deleted", { model: "token", pk: token.id, name: token.identifier }, { targetUserId: token.user_id });
    }
    return tokens.length;
  });
}
