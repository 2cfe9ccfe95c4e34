/** The Tokens list (API tokens and app passwords), keyset by identifier (unique). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { type TToken, type TTokenListFilter } from "@roster/core";
import { pageOf, pageWindow, type PageRequest, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { managedIntents, toToken, tokenColumns, tokenFrom, type TokenRow } from "./token-row.js";

export async function listTokens(
  em: EntityManager,
  input: TTokenListFilter & PageRequest,
): Promise<Page<TToken>> {
  const window = pageWindow(input, 1, 20);
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
  if (window.after) {
    where.push("t.identifier > ?");
    params.push(String(window.after[0]));
  }
  const rows = await sql<TokenRow>(em, `SELECT ${tokenColumns} FROM ${tokenFrom} WHERE ${where.join(" AND ")} ORDER BY t.identifier LIMIT ?`, [...params, window.take]);
  return pageOf(rows, window, (last) => [last.identifier], toToken);
}
