/**
 * The trust rules of SPEC §9 that need no database: their messages, who counts as a service
 * account, and which grants a caller does not hold. The db package's `services/authorization/`
 * applies them on every path.
 */
import type { PermissionSet, TPermissionGrant } from "../auth/permission-set.js";
import { isPermission } from "../permissions.js";

export const trustMessages = {
  superuserTarget: "Only a super-user can change a super-user.",
  grantBeyondHeld: "You can only grant permissions you hold yourself.",
  serviceAccountPassword: "Service accounts have no password: they authenticate with API tokens.",
  serviceAccountImpersonation: "Service accounts cannot be impersonated.",
  unprovenUser: "This flow cannot change an account that was not verified in it (a recovery link, an emailed link, or the account's own session).",
  superusersOnly: "Only a super-user can do this.",
} as const;

/** The refusal of a caller lacking a permission, worded the same by the API and the console. */
export function missingPermissionMessage(codename: string): string {
  return `You do not have the permission "${codename}".`;
}


/**
 * The grants of `wanted` that `holder` does not hold in the same scope: a global grant needs the
 * codename globally; a grant on one object needs it globally or on that object.
 */
export function grantsNotHeld(holder: PermissionSet, wanted: readonly TPermissionGrant[]): TPermissionGrant[] {
  if (holder.isSuperuser) return [];
  return wanted.filter((grant) => {
    if (!isPermission(grant.codename)) return true;
    const object = grant.objectType && grant.objectId ? { type: grant.objectType, id: grant.objectId } : undefined;
    return !holder.has(grant.codename, object);
  });
}
