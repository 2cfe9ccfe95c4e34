/**
 * The one statement a user export reads: exactly the Users list's filter and ordering (so the
 * file holds what the list shows, in the same order), with the export's columns already as text
 * so that the worker only has to escape them. Groups come from the same statement (no query per
 * user): memberships aggregated once and hash-joined, which measured 2–3 times faster on 200,000
 * users than a correlated subquery per row, at the price of reading every membership even for a
 * small export.
 */
import type { TUserListFilter } from "@roster/core";
import { userFilter } from "../users/user-filter.js";
import type { SqlFragment } from "../../sql-fragment.js";
import { orderByClause, resolveOrdering } from "../users/user-ordering.js";

const isoTimestamp = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** In the order of `userExportColumns`; `ug` is `userGroupsJoin`. */
export const userExportSelectList = `u.username, u.name, u.email, u.is_active::text, u.path, u.type, ug.names,
  to_char(u.last_login AT TIME ZONE 'UTC', ${isoTimestamp}),
  to_char(u.date_joined AT TIME ZONE 'UTC', ${isoTimestamp}),
  u.attributes::text`;

export const userGroupsJoin = `LEFT JOIN (
    SELECT gu.user_id, string_agg(g.name, ',' ORDER BY g.name) AS names FROM group_users gu JOIN groups g ON g.id = gu.group_id GROUP BY gu.user_id
  ) ug ON ug.user_id = u.id`;

/** Throws the query's AppError (with `queryError`) when the filter's query is invalid. */
export function userExportQuery(filter: TUserListFilter): SqlFragment {
  const where = userFilter(filter);
  return {
    sql: `SELECT ${userExportSelectList} FROM users u ${userGroupsJoin} WHERE ${where.sql} ORDER BY ${orderByClause(resolveOrdering(filter.ordering))}`,
    params: where.params,
  };
}
