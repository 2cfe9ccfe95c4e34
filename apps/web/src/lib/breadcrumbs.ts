/** The top bar's trail ("Directory › Users › alice"), derived from the path and the menu. */
import { findNavItem, isSingleLink, navigation, type NavGroup } from "./navigation";

export interface Crumb {
  label: string;
  /** Absent for the current page and for groups that are not pages. */
  href?: string;
}

/** `extra` names what the path adds after the menu entry, such as a user's username. */
export function breadcrumbsFor(pathname: string, extra: string[] = [], groups: NavGroup[] = navigation): Crumb[] {
  const found = findNavItem(pathname, groups);
  if (!found) return extra.map((label) => ({ label }));
  const { group, item } = found;
  const crumbs: Crumb[] = isSingleLink(group) ? [] : [{ label: group.label }];
  const atItem = pathname === item.href && extra.length === 0;
  crumbs.push(atItem ? { label: item.label } : { label: item.label, href: item.href });
  extra.forEach((label) => crumbs.push({ label }));
  return crumbs;
}
