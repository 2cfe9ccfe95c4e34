import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral } from "@roster/core";
import { sql } from "../../sql.js";

/** The users owning these devices, for the caller's permission check. */
export async function authenticatorOwners(em: EntityManager, ids: readonly string[]): Promise<string[]> {
  const rows = await sql<{ user_id: string }>(em, "SELECT DISTINCT user_id FROM authenticators WHERE id = ANY(?::uuid[])", [textArrayLiteral(ids)]);
  return rows.map((row) => row.user_id);
}
