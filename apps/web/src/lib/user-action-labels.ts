/**
 * What a user's action is called and, when the console shows it but it cannot be taken now, why:
 * the same words on the user page's header (buttons and More actions) and in the Users list's row.
 */
import type { TUser } from "@roster/core";
import type { UserPageAction } from "./user-actions";

type Subject = Pick<TUser, "isActive" | "type">;

const labels: Record<Exclude<UserPageAction, "setActive">, string> = {
  edit: "Edit",
  resetPassword: "Reset password",
  recoveryLink: "Create recovery link",
  recoveryEmail: "Email recovery link",
  impersonate: "Impersonate",
  delete: "Delete",
};

export function userActionLabel(action: UserPageAction, user: Subject): string {
  if (action === "setActive") return user.isActive ? "Deactivate" : "Activate";
  return labels[action];
}

// Roster's own service account (the one its workers use) is shown but cannot be changed.
const lockedForInternal: ReadonlySet<UserPageAction> = new Set(["edit", "setActive", "delete"]);

/** Why the action cannot be taken on this user now; null when it can. */
export function userActionUnavailable(action: UserPageAction, user: Subject): string | null {
  if (user.type === "internal_service_account" && lockedForInternal.has(action)) return "Roster's internal service account cannot be changed.";
  if (action === "impersonate" && !user.isActive) return "Inactive users cannot be impersonated.";
  return null;
}
