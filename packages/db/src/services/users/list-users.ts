/**
 * The Users list: filter, folder, ordering, keyset page. A page is at most four statements
 * whatever its size: the rows, the super-user flags of those rows, and the count (an estimate,
 * then an exact count only for small sets).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, type TUser, type TUserListFilter } from "@roster/core";
import { sql } from "../../sql.js";
import { countUsers, type UserCount } from "./count-users.js";
import { superuserIds } from "../authorization/superuser-tree.js";
import { userFilter } from "./user-filter.js";
import { afterCursor, cursorValues, orderByClause, resolveOrdering, sortKeyColumn } from "./user-ordering.js";
import { toUser, userColumns, type UserRow } from "./user-row.js";

export interface ListUsersInput extends TUserListFilter {
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

export interface UserPage {
  items: TUser[];
  nextCursor: string | null;
  count: UserCount;
}

export async function listUsers(em: EntityManager, input: ListUsersInput): Promise<UserPage> {
  const limit = input.limit ?? 20;
  const ordering = resolveOrdering(input.ordering);
  const filter = userFilter(input);
  const conditions = [filter];
  if (input.cursor) conditions.push(afterCursor(ordering, decodeCursor(input.cursor, ordering.spec.unique ? 1 : 2)));
  const rows = await sql<UserRow & { sort_key: string }>(
    em,
    `SELECT ${userColumns}, ${sortKeyColumn(ordering)} FROM users u
      WHERE ${conditions.map((condition) => `(${condition.sql})`).join(" AND ")}
      ORDER BY ${orderByClause(ordering)} LIMIT ?`,
    [...conditions.flatMap((condition) => condition.params), limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const hasMore = rows.length > limit;
  // A first page that holds every match is its own exact count.
  const counting: Promise<UserCount> = !input.cursor && !hasMore ? Promise.resolve({ value: page.length, exact: true }) : countUsers(em, filter);
  const [superusers, count] = await Promise.all([superuserIds(em, page.map((row) => row.id)), counting]);
  return {
    items: page.map((row) => toUser(row, superusers.has(row.id))),
    nextCursor: hasMore && last ? encodeCursor(cursorValues(ordering, last)) : null,
    count,
  };
}
