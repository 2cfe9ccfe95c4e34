/**
 * What the pickers search: users (plain search over username, name, email), groups and roles by
 * name. The server filters, so typing reaches every row; a page holds the first `limit` matches
 * and how many match in all, for "Showing 20 of 34 — type to find more".
 */
import { formatCount, formatNumber, type Count } from "./format-count";
import { trpc } from "./trpc";
import { nameList } from "./user-texts";

export interface PickOption {
  id: string;
  label: string;
  detail?: string;
  /** A super-user group: its members hold every permission. */
  superuser?: boolean;
}

export interface PickPage {
  options: PickOption[];
  /** More match than are shown. */
  hasMore: boolean;
  /** Every match, when the API counts them. */
  total: Count | null;
}

const limit = 20;

function searchInput(text: string) {
  return { ...(text.trim() ? { search: text.trim() } : {}), limit, withCount: true };
}

export async function searchUsers(text: string): Promise<PickPage> {
  const page = await trpc.users.list.query({ ...(text.trim() ? { query: text.trim() } : {}), limit, withCount: true });
  return { options: page.items.map((user) => ({ id: user.id, label: user.username, ...(user.name ? { detail: user.name } : {}) })), hasMore: page.nextCursor !== null, total: page.count };
}

export async function searchGroups(text: string): Promise<PickPage> {
  const page = await trpc.groups.list.query(searchInput(text));
  return { options: page.items.map((group) => ({ id: group.id, label: group.name, ...(group.isSuperuser ? { superuser: true } : {}) })), hasMore: page.nextCursor !== null, total: page.count };
}

export async function searchRoles(text: string): Promise<PickPage> {
  const page = await trpc.roles.list.query(searchInput(text));
  return { options: page.items.map((role) => ({ id: role.id, label: role.name })), hasMore: page.nextCursor !== null, total: page.count };
}

export function searchObjects(objectType: string): (text: string) => Promise<PickPage> {
  if (objectType === "group") return searchGroups;
  if (objectType === "role") return searchRoles;
  return searchUsers;
}

/** "Showing 20 of 1,234 — type to find more" when the page does not hold every match; null when it does. */
export function moreMatchesNote(page: Pick<PickPage, "hasMore" | "total">, shown: number): string | null {
  if (!page.hasMore) return null;
  const of = page.total ? ` of ${formatCount(page.total)}` : "";
  return `Showing ${formatNumber(shown)}${of} — type to find more`;
}

/** The warning under the group picker when a chosen group is a super-user group (authentik warns likewise). */
export function superuserGroupWarning(username: string, chosen: readonly PickOption[]): string | null {
  const superuserGroups = chosen.filter((option) => option.superuser).map((option) => option.label);
  if (superuserGroups.length === 0) return null;
  const groups = superuserGroups.length === 1 ? `group ${nameList(superuserGroups)} is a super-user group` : `groups ${nameList(superuserGroups)} are super-user groups`;
  return `The ${groups}: ${username} becomes a super-user, with every permission on every object.`;
}
