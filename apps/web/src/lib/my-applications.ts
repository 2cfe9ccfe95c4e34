/** My applications: the cards a search leaves, grouped by their group label, and how a card opens. */
import type { TMyApplication } from "@roster/core";

export interface ApplicationGroup<T> {
  /** The group label; "" for applications without one (shown last, as "Other"). */
  label: string;
  items: T[];
}

type Searchable = Pick<TMyApplication, "name" | "slug" | "group" | "metaDescription">;

/** Case-insensitive match on the name, slug, group or description. */
export function matchesSearch(application: Searchable, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  return [application.name, application.slug, application.group, application.metaDescription].some((text) => text.toLowerCase().includes(needle));
}

/**
 * Groups in alphabetical order, the unlabelled last; cards by name inside each. Labels that differ
 * only in case or surrounding spaces ("Docs", "docs ") are one group, named as first written.
 */
export function groupApplications<T extends Searchable>(applications: readonly T[], search = ""): ApplicationGroup<T>[] {
  const groups = new Map<string, ApplicationGroup<T>>();
  for (const application of applications) {
    if (!matchesSearch(application, search)) continue;
    const label = application.group.trim();
    const key = label.toLowerCase();
    const group = groups.get(key) ?? { label, items: [] };
    group.items.push(application);
    groups.set(key, group);
  }
  const compare = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });
  return [...groups.values()]
    .sort((a, b) => (a.label === "" ? 1 : b.label === "" ? -1 : compare(a.label, b.label)))
    .map((group) => ({ label: group.label, items: [...group.items].sort((a, b) => compare(a.name, b.name)) }));
}

/** The link attributes of a launch: a new tab (without handing it this window) when the application asks for one. */
export function launchLinkProps(application: Pick<TMyApplication, "launchUrl" | "openInNewTab">): { href: string; target?: "_blank"; rel?: string } {
  return application.openInNewTab ? { href: application.launchUrl, target: "_blank", rel: "noopener noreferrer" } : { href: application.launchUrl };
}
