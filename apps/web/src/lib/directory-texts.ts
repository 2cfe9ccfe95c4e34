/**
 * What the Groups, Roles and Tokens pages ask before a destructive action and say after it.
 * Confirmations name what will be lost ("Delete 2 groups: eng and ops?").
 */
import { nameList, plural, type Confirmation } from "./user-texts";

export function deleteGroupsConfirmation(names: readonly string[]): Confirmation {
  const one = names.length === 1;
  return {
    title: one ? "Delete group" : "Delete groups",
    consequence: `Delete ${plural(names.length, "group")}: ${nameList(names)}? This cannot be undone: members lose the roles and super-user rights that come through ${one ? "it" : "them"}, and child groups lose ${one ? "this parent" : "these parents"}.`,
    confirmLabel: "Delete",
  };
}

export function deleteRolesConfirmation(roles: readonly { name: string; permissionCount: number; userCount: number; groupCount: number }[]): Confirmation {
  const sum = (key: "permissionCount" | "userCount" | "groupCount") => roles.reduce((total, role) => total + role[key], 0);
  const one = roles.length === 1;
  const holders = `${plural(sum("userCount"), "user")} and ${plural(sum("groupCount"), "group")}`;
  return {
    title: one ? "Delete role" : "Delete roles",
    consequence: `Delete ${plural(roles.length, "role")}: ${nameList(roles.map((role) => role.name))}? This cannot be undone: ${one ? "its" : "their"} ${plural(sum("permissionCount"), "permission grant")} are taken from the ${holders} that hold ${one ? "it" : "them"} directly, and from everyone who receives ${one ? "it" : "them"} through those groups.`,
    confirmLabel: "Delete",
  };
}

export function deleteTokensConfirmation(identifiers: readonly string[]): Confirmation {
  const one = identifiers.length === 1;
  return {
    title: one ? "Delete token" : "Delete tokens",
    consequence: `Delete ${plural(identifiers.length, "token")}: ${nameList(identifiers)}? Scripts and services that use ${one ? "it" : "them"} can no longer sign in. This cannot be undone.`,
    confirmLabel: "Delete",
  };
}

export function removeMembersConfirmation(groupName: string, usernames: readonly string[]): Confirmation {
  return {
    title: usernames.length === 1 ? "Remove member" : "Remove members",
    consequence: `Remove ${plural(usernames.length, "user")} from ${groupName}: ${nameList(usernames)}? They lose the roles that come through ${groupName}.`,
    confirmLabel: "Remove",
  };
}

export function unassignPermissionConfirmation(roleName: string, grant: string): Confirmation {
  return {
    title: "Remove permission",
    consequence: `Remove ${grant} from ${roleName}? Users and groups holding ${roleName} lose it on their next request.`,
    confirmLabel: "Remove",
  };
}

/** "Group eng deleted", "2 groups deleted". */
export function deletedToast(kind: string, names: readonly string[], deleted: number): string {
  if (names.length === 1 && deleted === 1) return `${kind[0]?.toUpperCase() ?? ""}${kind.slice(1)} ${names[0] ?? ""} deleted`;
  return `${plural(deleted, kind)} deleted`;
}
