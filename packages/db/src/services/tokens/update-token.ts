import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, tokenExpiry, type Actor, type TToken, type TTokenUpdate } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers } from "../authorization/index.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { getToken } from "./get-token.js";

interface TokenFields {
  identifier: string;
  userId: string;
  description: string;
  expiring: boolean;
  /** The driver may hand timestamps over as text. */
  expires: Date | string | null;
}

export async function updateToken(em: EntityManager, actor: Actor, input: TTokenUpdate): Promise<TToken> {
  await em.transactional(async (tx) => {
    const rows = await sql<TokenFields>(
      tx,
      `SELECT identifier, user_id AS "userId", description, expiring, expires FROM api_tokens WHERE id = ? AND intent IN ('api', 'app_password') FOR UPDATE`,
      [input.id],
    );
    const token = rows[0];
    if (!token) throw AppError.notFound("Token");
    await assertMayActOnUsers(tx, actor, [token.userId]);
    const settings = await sql<{ duration: number }>(tx, "SELECT default_token_duration_seconds AS duration FROM settings WHERE id = 1");
    const expiring = input.expiring ?? token.expiring;
    const current = token.expires === null ? null : new Date(token.expires);
    const expires = tokenExpiry({ expiring, expires: input.expires }, current, settings[0]?.duration ?? 86_400);
    const next = { description: input.description ?? token.description, expiring, expires: expires?.toISOString() ?? null };
    const changes = changedFields({ description: token.description, expiring: token.expiring, expires: current?.toISOString() ?? null }, next);
    if (Object.keys(changes).length === 0) return;
    await sql(tx, "UPDATE api_tokens SET description = ?, expiring = ?, expires = ? WHERE id = ?", [next.description, next.expiring, expires, input.id]);
    await recordModelEvent(tx, actor, "model_updated", { model: "token", pk: input.id, name: token.identifier }, { targetUserId: token.userId, changes });
  });
  return getToken(em, input.id);
}
