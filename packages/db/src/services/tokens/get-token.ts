import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TToken } from "@roster/core";
import { sql } from "../../sql.js";
import { managedIntents, toToken, tokenColumns, tokenFrom, type TokenRow } from "./token-row.js";

export async function getToken(em: EntityManager, id: string): Promise<TToken> {
  const rows = await sql<TokenRow>(em, `SELECT ${tokenColumns} FROM ${tokenFrom} WHERE t.id = ? AND ${managedIntents}`, [id]);
  if (!rows[0]) throw AppError.notFound("Token");
  return toToken(rows[0]);
}
