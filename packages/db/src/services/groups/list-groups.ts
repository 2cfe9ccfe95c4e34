/** The Groups list: name search, a parent's child groups, keyset by name (unique), one statement per page. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { escapeLike, textArrayLiteral, type TGroup, type TGroupListFilter } from "@roster/core";
import { pageOf, pageWindow, type PageRequest } from "../../paging/keyset-page.js";
import { countMatches, type ExactCount } from "../count-matches.js";
import { sql } from "../../sql.js";
import { groupColumns, type GroupRow } from "./group-row.js";

export interface ListGroupsInput extends TGroupListFilter, PageRequest {
  /** Only these groups (a caller allowed to view some groups only); null for all. */
  onlyIds?: readonly string[] | null;
  /** Count every match too (the pickers' "20 of 34"); exact, as the table stays small. */
  withCount?: boolean | undefined;
}

export async function listGroups(em: EntityManager, input: ListGroupsInput): Promise<{ items: TGroup[]; nextCursor: string | null; count: ExactCount | null }> {
  const window = pageWindow(input, 1, 20);
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.search) {
    where.push("g.name ILIKE ?");
    params.push(`%${escapeLike(input.search)}%`);
  }
  if (input.parentId) {
    where.push("EXISTS (SELECT 1 FROM group_parents gp WHERE gp.group_id = g.id AND gp.parent_id = ?)");
    params.push(input.parentId);
  }
  if (input.onlyIds) {
    where.push("g.id = ANY(?::uuid[])");
    params.push(textArrayLiteral(input.onlyIds));
  }
  const filters = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const count = input.withCount ? await countMatches(em, `SELECT count(*)::int AS value FROM groups g ${filters}`, [...params]) : null;
  if (window.after) {
    const [name] = window.after;
    where.push("g.name > ?");
    params.push(String(name));
  }
  const rows = await sql<GroupRow>(
    em,
    `SELECT ${groupColumns} FROM groups g ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY g.name LIMIT ?`,
    [...params, window.take],
  );
  return { ...pageOf(rows, window, (last) => [last.name]), count };
}
