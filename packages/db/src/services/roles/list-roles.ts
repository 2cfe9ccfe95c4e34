/** The Roles list: name search, keyset by name (unique), one statement per page. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, escapeLike, textArrayLiteral, type TRole, type TRoleListFilter } from "@roster/core";
import { countMatches, type ExactCount } from "../count-matches.js";
import { sql } from "../../sql.js";
import { roleColumns } from "./role-row.js";

export interface ListRolesInput extends TRoleListFilter {
  cursor?: string | null | undefined;
  limit?: number | undefined;
  /** Only these roles (a caller allowed to view some roles only); null for all. */
  onlyIds?: readonly string[] | null;
  /** Count every match too (the pickers' "20 of 34"); exact, as the table stays small. */
  withCount?: boolean | undefined;
}

export async function listRoles(em: EntityManager, input: ListRolesInput): Promise<{ items: TRole[]; nextCursor: string | null; count: ExactCount | null }> {
  const limit = input.limit ?? 20;
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.search) {
    where.push("r.name ILIKE ?");
    params.push(`%${escapeLike(input.search)}%`);
  }
  if (input.onlyIds) {
    where.push("r.id = ANY(?::uuid[])");
    params.push(textArrayLiteral(input.onlyIds));
  }
  const filters = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const count = input.withCount ? await countMatches(em, `SELECT count(*)::int AS value FROM roles r ${filters}`, [...params]) : null;
  if (input.cursor) {
    const [name] = decodeCursor(input.cursor, 1);
    where.push("r.name > ?");
    params.push(String(name));
  }
  const rows = await sql<TRole>(em, `SELECT ${roleColumns} FROM roles r ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY r.name LIMIT ?`, [...params, limit + 1]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > limit && last ? encodeCursor([last.name]) : null, count };
}
