/** The Tokens list (API tokens and app passwords), keyset by identifier (unique). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, type TToken, type TTokenListFilter } from "@roster/core";
import { sql } from "../../sql.js";
import { managedIntents, toToken, tokenColumns, tokenFrom, type TokenRow } from "./token-row.js";

export async function listTokens(
  em: EntityManager,
  input: TTokenListFilter & { cursor?: string | null | undefined; limit?: number | undefined },
): Promise<{ items: TToken[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const where = [managedIntents];
  const params: unknown[] = [];
  if (input.userId) {
    where.push("t.user_id = ?");
    params.push(input.userId);
  }
  if (input.intent) {
    where.push("t.intent = ?");
    params.push(input.intent);
  }
  if (input.cursor) {
    where.push("t.identifier > ?");
    params.push(String(decodeCursor(input.cursor, 1)[0]));
  }
  const rows = await sql<TokenRow>(em, `SELECT ${tokenColumns} FROM ${tokenFrom} WHERE ${where.join(" AND ")} ORDER BY t.identifier LIMIT ?`, [...params, limit + 1]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toToken), nextCursor: rows.length > limit && last ? encodeCursor([last.identifier]) : null };
}
