import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TUser } from "@roster/core";
import { sql } from "../../sql.js";
import { superuserIds } from "../authorization/superuser-tree.js";
import { toUser, userColumns, type UserRow } from "./user-row.js";

export async function getUser(em: EntityManager, id: string): Promise<TUser> {
  const rows = await sql<UserRow>(em, `SELECT ${userColumns} FROM users u WHERE u.id = ?`, [id]);
  const row = rows[0];
  if (!row) throw AppError.notFound("User");
  return toUser(row, (await superuserIds(em, [id])).has(id));
}
