/**
 * The Users list's filters live in the URL (`?q=…&path=…&ordering=…`) so that a reload, a shared
 * link or the back button keeps the folder, the query and the sort.
 */
import type { TUserOrdering } from "@roster/core";

export interface UserListFilters {
  query: string;
  /** The chosen folder; null for "All users". */
  path: string | null;
  ordering: TUserOrdering | null;
}

type Params = Partial<Record<string, string | string[] | undefined>>;

const orderingKeys = ["username", "name", "email", "date_joined", "last_login", "last_updated"];

export function isUserOrdering(value: string): value is TUserOrdering {
  return orderingKeys.includes(value.replace(/^-/, ""));
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export function readUserListFilters(params: Params): UserListFilters {
  const ordering = first(params.ordering);
  const path = first(params.path).trim();
  return { query: first(params.q), path: path === "" ? null : path, ordering: isUserOrdering(ordering) ? ordering : null };
}

/** What to give the router's `setSearchParams`: empty values are removed from the URL. */
export function userListSearch(filters: Partial<UserListFilters>): Record<string, string | undefined> {
  const search: Record<string, string | undefined> = {};
  if ("query" in filters) search.q = filters.query?.trim() ? filters.query : undefined;
  if ("path" in filters) search.path = filters.path ?? undefined;
  if ("ordering" in filters) search.ordering = filters.ordering ?? undefined;
  return search;
}

/** The `users.list` input for these filters (a blank query means no query); only the first page's count is shown. */
export function userListInput(filters: UserListFilters, cursor: string | null = null) {
  return {
    ...(filters.query.trim() ? { query: filters.query.trim() } : {}),
    ...(filters.path ? { path: filters.path } : {}),
    ...(filters.ordering ? { ordering: filters.ordering } : {}),
    ...(cursor ? { cursor, withCount: false } : {}),
  };
}
