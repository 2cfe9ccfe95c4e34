/** Row checkboxes: what "select all" does and how its box looks, given the rows on screen. */
export type SelectAllState = "all" | "some" | "none";

export function selectAllState(selected: ReadonlySet<string>, visible: readonly string[]): SelectAllState {
  if (visible.length === 0) return "none";
  const count = visible.filter((id) => selected.has(id)).length;
  if (count === 0) return "none";
  return count === visible.length ? "all" : "some";
}

/** With every visible row selected, clears them; otherwise selects them all. */
export function toggleAll(selected: ReadonlySet<string>, visible: readonly string[]): Set<string> {
  const next = new Set(selected);
  if (selectAllState(selected, visible) === "all") visible.forEach((id) => next.delete(id));
  else visible.forEach((id) => next.add(id));
  return next;
}

export function toggleOne(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
