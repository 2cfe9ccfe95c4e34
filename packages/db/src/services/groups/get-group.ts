import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TGroup } from "@roster/core";
import { sql } from "../../sql.js";
import { groupColumns, type GroupRow } from "./group-row.js";

export async function getGroup(em: EntityManager, id: string): Promise<TGroup> {
  const rows = await sql<GroupRow>(em, `SELECT ${groupColumns} FROM groups g WHERE g.id = ?`, [id]);
  if (!rows[0]) throw AppError.notFound("Group");
  return rows[0];
}
