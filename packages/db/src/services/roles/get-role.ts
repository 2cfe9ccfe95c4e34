import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TRole } from "@roster/core";
import { sql } from "../../sql.js";
import { roleColumns } from "./role-row.js";

export async function getRole(em: EntityManager, id: string): Promise<TRole> {
  const rows = await sql<TRole>(em, `SELECT ${roleColumns} FROM roles r WHERE r.id = ?`, [id]);
  if (!rows[0]) throw AppError.notFound("Role");
  return rows[0];
}
