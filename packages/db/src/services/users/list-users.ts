/**
 * The Users list: filter, folder, ordering, keyset page. A page is one statement: the ids of the
 * page in list order first — for the default ordering an index-only scan of users_username_lower,
 * which carries the plain-search fields — then those rows with their super-user flags. The count
 * is only made when asked for (`withCount`, the default; the console asks on the first page):
 * nothing more when the first page holds every match, else the planner's estimate and, for a
 * small set, an exact count (count-users.ts).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { type TUser, type TUserListFilter } from "@roster/core";
import { pageOf, pageWindow, type PageRequest } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { countUsers, type UserCount } from "./count-users.js";
import { superuserFlag, superuserGroupsCte } from "../authorization/superuser-tree.js";
import { userFilter } from "./user-filter.js";
import type { SqlFragment } from "../../sql-fragment.js";
import { afterCursor, cursorValues, orderByClause, resolveOrdering, sortKeyColumn } from "./user-ordering.js";
import { toUser, userColumns, type UserRow } from "./user-row.js";

export interface ListUsersInput extends TUserListFilter, PageRequest {
  /** Count the matches (default true); without it, `count` is null. */
  withCount?: boolean | undefined;
}

export interface UserPage {
  items: TUser[];
  nextCursor: string | null;
  count: UserCount | null;
}

export async function listUsers(em: EntityManager, input: ListUsersInput): Promise<UserPage> {
  const ordering = resolveOrdering(input.ordering);
  const window = pageWindow(input, ordering.spec.unique ? 1 : 2);
  const filter = userFilter(input);
  const conditions = [filter];
  if (window.after) conditions.push(afterCursor(ordering, window.after));
  const rows = await sql<UserRow & { sort_key: string; is_superuser: boolean }>(
    em,
    `WITH RECURSIVE ${superuserGroupsCte}
     SELECT ${userColumns}, ${sortKeyColumn(ordering)}, ${superuserFlag("u.id")} AS is_superuser
       FROM (SELECT u.id FROM users u
              WHERE ${conditions.map((condition) => `(${condition.sql})`).join(" AND ")}
              ORDER BY ${orderByClause(ordering)} LIMIT ?) page
       JOIN users u ON u.id = page.id
      ORDER BY ${orderByClause(ordering)}`,
    [...conditions.flatMap((condition) => condition.params), window.take],
  );
  const page = pageOf(rows, window, (last) => cursorValues(ordering, last), (row) => toUser(row, row.is_superuser));
  return { ...page, count: await pageCount(em, input, filter, page.items.length, page.nextCursor !== null) };
}

async function pageCount(em: EntityManager, input: ListUsersInput, filter: SqlFragment, rows: number, hasMore: boolean): Promise<UserCount | null> {
  if (input.withCount === false) return null;
  // A first page that holds every match is its own exact count.
  if (!input.cursor && !hasMore) return { value: rows, exact: true };
  return countUsers(em, filter);
}
