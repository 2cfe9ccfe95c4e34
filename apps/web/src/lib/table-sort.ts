/** Sorting of list columns, in the API's `ordering` form (`username`, `-last_login`). */
export interface SortState {
  key: string;
  direction: "asc" | "desc";
}

/** Clicking a header sorts by it ascending; clicking it again flips the direction. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key === key) return { key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { key, direction: "asc" };
}

export function toOrdering(sort: SortState | null): string | undefined {
  if (!sort) return undefined;
  return sort.direction === "desc" ? `-${sort.key}` : sort.key;
}

/**
 * The sort an `ordering` stands for. Without one the API still sorts (users by username), so the
 * list passes that default: its header then shows the order, and a first click flips it instead
 * of setting the order the rows already have.
 */
export function fromOrdering(ordering: string | null | undefined, fallback: SortState | null = null): SortState | null {
  if (!ordering) return fallback;
  return ordering.startsWith("-") ? { key: ordering.slice(1), direction: "desc" } : { key: ordering, direction: "asc" };
}

export function ariaSort(sort: SortState | null, key: string): "ascending" | "descending" | "none" {
  if (sort?.key !== key) return "none";
  return sort.direction === "asc" ? "ascending" : "descending";
}
