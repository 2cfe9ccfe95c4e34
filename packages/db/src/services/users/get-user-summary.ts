/** Who a signed-in caller is, for `auth.me`: the few fields the console's header shows. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError } from "@roster/core";
import { sql } from "../../sql.js";

export interface UserSummary {
  id: string;
  username: string;
  name: string;
  email: string;
}

export async function getUserSummary(em: EntityManager, userId: string): Promise<UserSummary> {
  const rows = await sql<UserSummary>(em, "SELECT id, username, name, email FROM users WHERE id = ?", [userId]);
  if (!rows[0]) throw AppError.notFound("User");
  return rows[0];
}
