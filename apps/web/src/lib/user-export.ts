/**
 * The Users list's Export: the filters it will apply, said in words for the confirmation, the
 * orderings the admin may pick, and the `users.export` input (the list's filters, no cursor).
 */
import type { TUserOrdering } from "@roster/core";
import type { UserListFilters } from "./user-list-filters";

type OrderingKey = Exclude<TUserOrdering, `-${string}`>;

/** What the list sorts by when no ordering is chosen (the API's default). */
export const defaultUserOrdering: TUserOrdering = "username";

// The web app takes only types from @roster/core (no zod in the bundle), so the keys are listed here.
const orderingNames: Record<OrderingKey, { name: string; ascending: string; descending: string }> = {
  username: { name: "Username", ascending: "A → Z", descending: "Z → A" },
  name: { name: "Name", ascending: "A → Z", descending: "Z → A" },
  email: { name: "Email", ascending: "A → Z", descending: "Z → A" },
  date_joined: { name: "Date joined", ascending: "oldest first", descending: "newest first" },
  last_login: { name: "Last login", ascending: "oldest first", descending: "newest first" },
  last_updated: { name: "Last updated", ascending: "oldest first", descending: "newest first" },
};

export function orderingLabel(ordering: TUserOrdering): string {
  const descending = ordering.startsWith("-");
  const names = orderingNames[ordering.replace(/^-/, "") as OrderingKey];
  return `${names.name} (${descending ? names.descending : names.ascending})`;
}

export const userOrderingOptions: { value: TUserOrdering; label: string }[] = (Object.keys(orderingNames) as OrderingKey[]).flatMap((key) => [
  { value: key, label: orderingLabel(key) },
  { value: `-${key}` as const, label: orderingLabel(`-${key}`) },
]);

export interface ExportFilterSummary {
  query: string | null;
  folder: string | null;
}

/** The filters as the dialog states them; null parts read "All users" and "All folders". */
export function exportFilters(filters: UserListFilters): ExportFilterSummary {
  const query = filters.query.trim();
  return { query: query === "" ? null : query, folder: filters.path };
}

export function userExportInput(filters: UserListFilters, ordering: TUserOrdering): { query?: string; path?: string; ordering?: TUserOrdering } {
  const { query, folder } = exportFilters(filters);
  return { ...(query ? { query } : {}), ...(folder ? { path: folder } : {}), ...(ordering === defaultUserOrdering ? {} : { ordering }) };
}

export const exportStartedMessage = "Export started — you will be notified when it is ready";

/** When to ask the bell for news after starting an export: small exports finish in seconds. */
export const exportRefreshDelaysMs = [3000, 8000];
