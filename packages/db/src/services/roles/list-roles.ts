/** The Roles list: name search, keyset by name (unique), one statement per page. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { escapeLike, textArrayLiteral, type TRole, type TRoleListFilter } from "@roster/core";
import { pageOf, pageWindow, type PageRequest } from "../../paging/keyset-page.js";
import { countMatches, type ExactCount } from "../count-matches.js";
import { sql } from "../../sql.js";
import { roleColumns } from "./role-row.js";

export interface ListRolesInput extends TRoleListFilter, PageRequest {
  /** Only these roles (a caller allowed to view some roles only); null for all. */
  onlyIds?: readonly string[] | null;
  /** Count every match too (the pickers' "20 of 34"); exact, as the table stays small. */
  withCount?: boolean | undefined;
}

export async function listRoles(em: EntityManager, input: ListRolesInput): Promise<{ items: TRole[]; nextCursor: string | null; count: ExactCount | null }> {
  const window = pageWindow(input, 1, 20);
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
  if (window.after) {
    const [name] = window.after;
    where.push("r.name > ?");
    params.push(String(name));
  }
  const rows = await sql<TRole>(em, `SELECT ${roleColumns} FROM roles r ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY r.name LIMIT ?`, [...params, window.take]);
  return { ...pageOf(rows, window, (last) => [last.name]), count };
}
