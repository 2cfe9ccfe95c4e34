/**
 * The WHERE clause shared by the Users list, its count and its export: the advanced query or
 * plain search, and the folder (which contains its subfolders, never a sibling with the same
 * prefix).
 */
import { escapeLike, type TUserListFilter } from "@roster/core";
import type { SqlFragment } from "../../sql-fragment.js";
import { compileUserQuery } from "./query/compile-user-query.js";

export function userFilter(filter: Pick<TUserListFilter, "query" | "path">): SqlFragment {
  const parts: SqlFragment[] = [];
  const query = filter.query?.trim();
  if (query) parts.push(compileUserQuery(query));
  if (filter.path) {
    // The leading prefix gives the path index a range; the rest keeps "users/eng" from matching "users/engineering".
    const prefix = escapeLike(filter.path);
    parts.push({ sql: "(u.path LIKE ? AND (u.path = ? OR u.path LIKE ?))", params: [`${prefix}%`, filter.path, `${prefix}/%`] });
  }
  if (parts.length === 0) return { sql: "TRUE", params: [] };
  return { sql: parts.map((part) => `(${part.sql})`).join(" AND "), params: parts.flatMap((part) => part.params) };
}
