/** `authorize_application`: one event per authorization the provider grants (no token in it). */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestOrigin } from "@roster/core";
import { sql } from "../../sql.js";
import { recordEvent } from "../events/record-event.js";

export async function recordAuthorization(em: EntityManager, input: { userId: string; clientId: string; scopes: readonly string[]; origin: RequestOrigin }): Promise<void> {
  await em.transactional(async (tx) => {
    const rows = await sql<{ user_id: string; username: string; app_id: string; app_name: string; app_slug: string }>(
      tx,
      `SELECT u.id AS user_id, u.username, a.id AS app_id, a.name AS app_name, a.slug AS app_slug
         FROM users u CROSS JOIN applications a WHERE u.id = ? AND a.provider->>'clientId' = ?`,
      [input.userId, input.clientId],
    );
    const row = rows[0];
    if (!row) return;
    await recordEvent(tx, {
      action: "authorize_application",
      actor: { userId: row.user_id, username: row.username, impersonator: null },
      origin: input.origin,
      targetUserId: row.user_id,
      context: { application: { id: row.app_id, name: row.app_name, slug: row.app_slug }, scopes: [...input.scopes] },
    });
  });
}
