/**
 * What the Users pages say before and after an action. Confirmations name who is affected
 * ("Delete 2 users: alice, bob?"); long lists end with "and 3 more".
 */
export const namedListLimit = 5;

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** "alice, bob and carol"; past the limit, "alice, bob, … and 3 more". */
export function nameList(names: readonly string[], limit = namedListLimit): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length > limit) return `${names.slice(0, limit).join(", ")} and ${names.length - limit} more`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

export type BulkUserAction = "delete" | "activate" | "deactivate";

export interface Confirmation {
  title: string;
  consequence: string;
  confirmLabel: string;
}

export function bulkUserConfirmation(action: BulkUserAction, usernames: readonly string[]): Confirmation {
  // One user is named alone ("Deactivate carol?"); several are counted, then named.
  const who = usernames.length === 1 ? (usernames[0] ?? "") : `${plural(usernames.length, "user")}: ${nameList(usernames)}`;
  switch (action) {
    case "delete":
      return {
        title: usernames.length === 1 ? "Delete user" : "Delete users",
        consequence: `Delete ${who}? This cannot be undone: their sessions, group memberships, roles and attributes are removed. Deactivate them instead to keep their data.`,
        confirmLabel: "Delete",
      };
    case "deactivate":
      return {
        title: usernames.length === 1 ? "Deactivate user" : "Deactivate users",
        consequence: `Deactivate ${who}? Their sessions end and they can no longer sign in until they are activated again.`,
        confirmLabel: "Deactivate",
      };
    case "activate":
      return { title: usernames.length === 1 ? "Activate user" : "Activate users", consequence: `Activate ${who}? They will be able to sign in again.`, confirmLabel: "Activate" };
  }
}

export function bulkUserToast(action: BulkUserAction, usernames: readonly string[], changed: number): string {
  const done = { delete: "deleted", activate: "activated", deactivate: "deactivated" }[action];
  if (usernames.length === 1 && changed === 1) return `User ${usernames[0] ?? ""} ${done}`;
  return `${plural(changed, "user")} ${done}`;
}

/** Removing memberships or roles: "Remove alice from 2 groups: eng and ops?" */
export function removalConfirmation(username: string, kind: "group" | "role", names: readonly string[]): Confirmation {
  const what = `${plural(names.length, kind)}: ${nameList(names)}`;
  const consequence =
    kind === "group"
      ? `Remove ${username} from ${what}? ${username} loses the roles that come through ${names.length === 1 ? "it" : "them"}.`
      : `Unassign ${what} from ${username}? Roles inherited through groups stay.`;
  return { title: kind === "group" ? "Remove from groups" : "Remove roles", consequence, confirmLabel: "Remove" };
}

export function sessionsConfirmation(username: string, count: number, includesCurrent: boolean): Confirmation {
  const current = includesCurrent ? " This includes the session you are using now: you will be signed out." : "";
  return {
    title: count === 1 ? "Delete session" : "Delete sessions",
    consequence: `Delete ${plural(count, "session")} of ${username}? ${username} must sign in again on ${count === 1 ? "that device" : "those devices"}.${current}`,
    confirmLabel: "Delete",
  };
}
