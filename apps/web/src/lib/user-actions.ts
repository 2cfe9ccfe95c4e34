/**
 * Which actions the console offers on a user — in the user page's header and in the Users list's
 * open row: only those the API would take from this admin on this user (SPEC §9), so that nobody
 * clicks a button only to be told no.
 * - Each action needs the permission its procedure checks (`users.update` and `users.setActive`:
 *   change_user; password, recovery link and email: reset_user_password; …). Held on one object
 *   is enough to offer it: the server decides for this user.
 * - Service accounts have no usable password: no password reset, recovery link or email, or
 *   impersonation (§9.5).
 * - Only a super-user acts on a super-user: a non-super-user admin sees no action on one (§9.1).
 */
import type { TPermission, TUser, TUserType } from "@roster/core";

export type UserPageAction = "edit" | "setActive" | "resetPassword" | "recoveryLink" | "recoveryEmail" | "impersonate" | "delete";

const requirements: Record<UserPageAction, TPermission> = {
  edit: "change_user",
  setActive: "change_user",
  resetPassword: "reset_user_password",
  recoveryLink: "reset_user_password",
  recoveryEmail: "reset_user_password",
  impersonate: "impersonate",
  delete: "delete_user",
};
const allActions = Object.keys(requirements) as UserPageAction[];
const passwordActions: ReadonlySet<UserPageAction> = new Set(["resetPassword", "recoveryLink", "recoveryEmail", "impersonate"]);

// Kept here rather than imported from @roster/core: the console takes only types from the core
// package, so that its schemas stay out of the bundle. The Record makes a new type a compile error.
const serviceAccount: Record<TUserType, boolean> = { internal: false, external: false, service_account: true, internal_service_account: true };

export interface UserActionViewer {
  isSuperuser: boolean;
  /** `useCan()`: whether the viewer holds the codename (globally or on some object). */
  can: (codename: TPermission) => boolean;
}

export function userPageActions(viewer: UserActionViewer, user: Pick<TUser, "type" | "isSuperuser">): ReadonlySet<UserPageAction> {
  if (user.isSuperuser && !viewer.isSuperuser) return new Set();
  return new Set(allActions.filter((action) => viewer.can(requirements[action]) && !(serviceAccount[user.type] && passwordActions.has(action))));
}
