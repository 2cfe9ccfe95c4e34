/**
 * The console's menu: one place for every page's label, address and one-line description. The side
 * navigation, the breadcrumbs and the placeholder pages read it; a new page adds its entry here
 * and its route in `routes/<area>/index.ts`.
 */
import { canAccessAdmin } from "./permissions";

export interface NavItem {
  label: string;
  href: string;
  description: string;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
  /** Shown in the side navigation. */
  inSideNav: boolean;
  /** Needs `access_admin_console`. */
  admin: boolean;
}

export const navigation: NavGroup[] = [
  {
    label: "Dashboards",
    inSideNav: true,
    admin: true,
    items: [
      { label: "Overview", href: "/", description: "The directory at a glance: counts, sign-ins and what needs attention." },
      { label: "User statistics", href: "/dashboards/users", description: "Users created per day, the largest folders, users by type and state." },
    ],
  },
  {
    label: "Directory",
    inSideNav: true,
    admin: true,
    items: [
      { label: "Users", href: "/directory/users", description: "Manage users, their folders, groups and roles." },
      { label: "Groups", href: "/directory/groups", description: "Groups gather users and pass their roles on to members." },
      { label: "Roles", href: "/directory/roles", description: "Roles hold permissions, globally or on single objects." },
      { label: "Tokens", href: "/directory/tokens", description: "API tokens for service accounts and scripts." },
    ],
  },
  {
    label: "Applications",
    inSideNav: true,
    admin: true,
    items: [{ label: "Applications", href: "/applications", description: "Applications users can launch, and who may access them." }],
  },
  {
    label: "Flows & Stages",
    inSideNav: true,
    admin: true,
    items: [{ label: "Flows & Stages", href: "/flows", description: "Flows drive login, recovery and enrollment, one stage at a time." }],
  },
  {
    label: "Events",
    inSideNav: true,
    admin: true,
    items: [
      { label: "Logs", href: "/events/logs", description: "What happened, who did it, and from where." },
      { label: "Data Exports", href: "/events/exports", description: "CSV exports you requested, with their progress." },
    ],
  },
  {
    label: "System",
    inSideNav: true,
    admin: true,
    items: [
      { label: "Brands", href: "/system/brands", description: "Brands set the title, domain and default flows." },
      { label: "Settings", href: "/system/settings", description: "Settings that apply to the whole installation." },
      { label: "Tasks", href: "/system/tasks", description: "Scheduled tasks, the job queue, finished runs and the worker processes." },
      { label: "Outbox", href: "/system/outbox", description: "Emails captured by the development mail server." },
    ],
  },
  {
    label: "Account",
    inSideNav: true,
    admin: false,
    items: [
      { label: "My applications", href: "/me/applications", description: "The applications you can open." },
      { label: "Settings", href: "/me/settings", description: "Your sessions, your password, the applications you connected and your MFA devices." },
    ],
  },
];

/**
 * The groups this person may see: the admin groups only with `access_admin_console`, and the
 * Account pages (My applications, Settings) for everyone signed in, under the admin menu.
 */
export function navigationFor(permissions: readonly string[], groups: NavGroup[] = navigation): NavGroup[] {
  const admin = canAccessAdmin(permissions);
  return groups.filter((group) => admin || !group.admin);
}

/** A group with one page of the same name is shown as a single link. */
export function isSingleLink(group: NavGroup): boolean {
  return group.items.length === 1 && group.items[0]?.label === group.label;
}

/** The menu entry for a path: its own, or the one of the list it belongs to (`/directory/users/42`). */
export function findNavItem(pathname: string, groups: NavGroup[] = navigation): { group: NavGroup; item: NavItem } | null {
  let best: { group: NavGroup; item: NavItem } | null = null;
  for (const group of groups) {
    for (const item of group.items) {
      const matches = pathname === item.href || pathname.startsWith(`${item.href}/`);
      if (matches && (!best || item.href.length > best.item.href.length)) best = { group, item };
    }
  }
  return best;
}

/** A page's title and description for its header, from its menu entry. */
export function pageInfo(href: string, groups: NavGroup[] = navigation): { title: string; description: string } {
  const found = findNavItem(href, groups);
  return found ? { title: found.item.label, description: found.item.description } : { title: href, description: "" };
}
