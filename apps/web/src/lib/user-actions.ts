/**
 * Which actions the user page offers: only those the API would take from this admin on this
 * user (SPEC §9), so that nobody clicks a button only to be told no.
 * - Service accounts have no usable password: no password reset, recovery link or email, or
 *   impersonation (§9.5).
 * - Only a super-user acts on a super-user: a non-super-user admin sees no action on one (§9.1).
 */
import type { TUser, TUserType } from "@roster/core";

export type UserPageAction = "edit" | "setActive" | "resetPassword" | "recoveryLink" | "recoveryEmail" | "impersonate" | "delete";

const allActions: readonly UserPageAction[] = ["edit", "setActive", "resetPassword", "recoveryLink", "recoveryEmail", "impersonate", "delete"];
const passwordActions: ReadonlySet<UserPageAction> = new Set(["resetPassword", "recoveryLink", "recoveryEmail", "impersonate"]);

// Kept here rather than imported from @roster/core: the console takes only types from the core
// package, so that its schemas stay out of the bundle. The Record makes a new type a compile error.
const serviceAccount: Record<TUserType, boolean> = { internal: false, external: false, service_account: true, internal_service_account: true };

export function userPageActions(viewer: { isSuperuser: boolean }, user: Pick<TUser, "type" | "isSuperuser">): ReadonlySet<UserPageAction> {
  if (user.isSuperuser && !viewer.isSuperuser) return new Set();
  return new Set(allActions.filter((action) => !(serviceAccount[user.type] && passwordActions.has(action))));
}
