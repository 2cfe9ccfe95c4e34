/**
 * The Users list: filter, folder, ordering, keyset page. A page is one statement: the ids of the
 * page in list order first — for the default ordering an index-only scan of users_username_lower,
 * which carries the plain-search fields — then those rows with their super-user flags. The count
 * is only made when asked for (`withCount`, the default; the console asks on the first page):
 * nothing more when the first page holds every match, else the planner's estimate and, for a
 * small set, an exact count (count-users.ts).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, type TUser, type TUserListFilter } from "@roster/core";
import { sql } from "../../sql.js";
import { countUsers, type UserCount } from "./count-users.js";
import { superuserFlag, superuserGroupsCte } from "../authorization/superuser-tree.js";
import { userFilter, type SqlCondition } from "./user-filter.js";
import { afterCursor, cursorValues, orderByClause, resolveOrdering, sortKeyColumn } from "./user-ordering.js";
import { toUser, userColumns, type UserRow } from "./user-row.js";

export interface ListUsersInput extends TUserListFilter {
  cursor?: string | null | undefined;
  limit?: number | undefined;
  /** Count the matches (default true); without it, `count` is null. */
  withCount?: boolean | undefined;
}

export interface UserPage {
  items: TUser[];
  nextCursor: string | null;
  count: UserCount | null;
}

export async function listUsers(em: EntityManager, input: ListUsersInput): Promise<UserPage> {
  const limit = input.limit ?? 20;
  const ordering = resolveOrdering(input.ordering);
  const filter = userFilter(input);
  const conditions = [filter];
  if (input.cursor) conditions.push(afterCursor(ordering, decodeCursor(input.cursor, ordering.spec.unique ? 1 : 2)));
  const rows = await sql<UserRow & { sort_key: string; is_superuser: boolean }>(
    em,
    `WITH RECURSIVE ${superuserGroupsCte}
     SELECT ${userColumns}, ${sortKeyColumn(ordering)}, ${superuserFlag("u.id")} AS is_superuser
       FROM (SELECT u.id FROM users u
              WHERE ${conditions.map((condition) => `(${condition.sql})`).join(" AND ")}
              ORDER BY ${orderByClause(ordering)} LIMIT ?) page
       JOIN users u ON u.id = page.id
      ORDER BY ${orderByClause(ordering)}`,
    [...conditions.flatMap((condition) => condition.params), limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const hasMore = rows.length > limit;
  return {
    items: page.map((row) => toUser(row, row.is_superuser)),
    nextCursor: hasMore && last ? encodeCursor(cursorValues(ordering, last)) : null,
    count: await pageCount(em, input, filter, page.length, hasMore),
  };
}

async function pageCount(em: EntityManager, input: ListUsersInput, filter: SqlCondition, rows: number, hasMore: boolean): Promise<UserCount | null> {
  if (input.withCount === false) return null;
  // A first page that holds every match is its own exact count.
  if (!input.cursor && !hasMore) return { value: rows, exact: true };
  return countUsers(em, filter);
}
