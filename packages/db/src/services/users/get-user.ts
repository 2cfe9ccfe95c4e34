/** One user by id, with the super-user flag, in one prepared statement (`users.get` is a hot read). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TUser } from "@roster/core";
import { prepared, queryPrepared } from "../../prepared.js";
import { superuserFlag, superuserGroupsCte } from "../authorization/superuser-tree.js";
import { toUser, userColumns, type UserRow } from "./user-row.js";

const userById = prepared("roster_get_user", `WITH RECURSIVE ${superuserGroupsCte} SELECT ${userColumns}, ${superuserFlag("u.id")} AS is_superuser FROM users u WHERE u.id = $1`);

export async function getUser(em: EntityManager, id: string): Promise<TUser> {
  const [row] = await queryPrepared<UserRow & { is_superuser: boolean }>(em, userById, [id]);
  if (!row) throw AppError.notFound("User");
  return toUser(row, row.is_superuser);
}
