/**
 * The console's menu: one place for every page's label, address and one-line description. The side
 * navigation, the breadcrumbs and the placeholder pages read it; a new page adds its entry here
 * and its route in `routes/<area>/index.ts`.
 */
import type { Me } from "./api-types";
import { canAccessAdmin, meets, type TRequirement } from "./permissions";

type Grants = Pick<Me, "permissions" | "objectPermissions">;

export interface NavItem {
  label: string;
  href: string;
  description: string;
  /** What the page needs to be shown in the menu (its list's view permission). */
  requires?: TRequirement;
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
      { label: "User statistics", href: "/dashboards/users", description: "Users created per day, the largest folders, users by type and state.", requires: "view_user" },
    ],
  },
  {
    label: "Directory",
    inSideNav: true,
    admin: true,
    items: [
      { label: "Users", href: "/directory/users", description: "Manage users, their folders, groups and roles.", requires: "view_user" },
      { label: "Groups", href: "/directory/groups", description: "Groups gather users and pass their roles on to members.", requires: "view_group" },
      { label: "Roles", href: "/directory/roles", description: "Roles hold permissions, globally or on single objects.", requires: "view_role" },
      { label: "Tokens", href: "/directory/tokens", description: "API tokens for service accounts and scripts.", requires: "view_token" },
      { label: "Invitations", href: "/directory/invitations", description: "Links that let someone create their own account, with the folder, attributes and groups you choose.", requires: "view_invitation" },
    ],
  },
  {
    label: "Applications",
    inSideNav: true,
    admin: true,
    items: [{ label: "Applications", href: "/applications", description: "Applications users can launch, and who may access them.", requires: "view_application" }],
  },
  {
    label: "Flows & Stages",
    inSideNav: true,
    admin: true,
    items: [{ label: "Flows & Stages", href: "/flows", description: "Flows drive login, recovery and enrollment, one stage at a time.", requires: "view_flow" }],
  },
  {
    label: "Events",
    inSideNav: true,
    admin: true,
    items: [
      { label: "Logs", href: "/events/logs", description: "What happened, who did it, and from where.", requires: "view_event" },
      { label: "Data Exports", href: "/events/exports", description: "CSV exports you requested, with their progress." },
    ],
  },
  {
    label: "System",
    inSideNav: true,
    admin: true,
    items: [
      { label: "Brands", href: "/system/brands", description: "Brands set the title, domain and default flows.", requires: "view_brand" },
      { label: "Settings", href: "/system/settings", description: "Settings that apply to the whole installation.", requires: "view_settings" },
      { label: "Tasks", href: "/system/tasks", description: "Scheduled tasks, the job queue, finished runs and the worker processes.", requires: "view_systemtask" },
      { label: "Outbox", href: "/system/outbox", description: "Emails captured by the development mail server.", requires: "superuser" },
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
 * The menu this person may see: the admin groups only with `access_admin_console`, in them only
 * the pages their permissions open (a group left empty is dropped), and the Account pages (My
 * applications, Settings) for everyone signed in.
 */
export function navigationFor(me: Grants, groups: NavGroup[] = navigation): NavGroup[] {
  const admin = canAccessAdmin(me.permissions);
  return groups
    .filter((group) => admin || !group.admin)
    .map((group) => ({ ...group, items: group.items.filter((item) => meets(me, item.requires)) }))
    .filter((group) => group.items.length > 0);
}

/** The console's home: the Overview (`/`) for admins, their own applications for everyone else. */
export function homePath(me: Grants): string {
  return canAccessAdmin(me.permissions) ? "/" : "/me/applications";
}

/**
 * What a path needs that this person lacks — the codename, or "superuser" — or null when they
 * may open it: the shell shows the refusal in place of the page.
 */
export function missingRequirement(me: Grants, pathname: string): TRequirement | null {
  // "/" is everyone's home: the Overview for admins, a redirect to their applications for others.
  if (pathname === "/") return null;
  const found = findNavItem(pathname);
  if (!found) return null;
  if (found.group.admin && !canAccessAdmin(me.permissions)) return "access_admin_console";
  return meets(me, found.item.requires) ? null : (found.item.requires ?? null);
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
