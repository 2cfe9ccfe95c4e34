/** What the pickers search: users (plain search over username, name, email), groups and roles by name. */
import { trpc } from "./trpc";

export interface PickOption {
  id: string;
  label: string;
  detail?: string;
}

const limit = 20;

export async function searchUsers(text: string): Promise<PickOption[]> {
  const page = await trpc.users.list.query({ ...(text.trim() ? { query: text.trim() } : {}), limit, withCount: false });
  return page.items.map((user) => ({ id: user.id, label: user.username, ...(user.name ? { detail: user.name } : {}) }));
}

export async function searchGroups(text: string): Promise<PickOption[]> {
  const page = await trpc.groups.list.query({ ...(text.trim() ? { search: text.trim() } : {}), limit });
  return page.items.map((group) => ({ id: group.id, label: group.name, ...(group.isSuperuser ? { detail: "Super-user" } : {}) }));
}

export async function searchRoles(text: string): Promise<PickOption[]> {
  const page = await trpc.roles.list.query({ ...(text.trim() ? { search: text.trim() } : {}), limit });
  return page.items.map((role) => ({ id: role.id, label: role.name }));
}

export function searchObjects(objectType: string): (text: string) => Promise<PickOption[]> {
  if (objectType === "group") return searchGroups;
  if (objectType === "role") return searchRoles;
  return searchUsers;
}
