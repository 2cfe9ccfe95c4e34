/**
 * Permission codenames. Users receive them only through roles (globally or on one object) or by
 * being a super-user. Every procedure names the one it needs.
 */
export const permissionModels = [
  "user",
  "group",
  "role",
  "application",
  "brand",
  "flow",
  "stage",
  "token",
  "event",
  "dataexport",
  "settings",
  "invitation",
] as const;
export type TPermissionModel = (typeof permissionModels)[number];

const verbs = ["view", "add", "change", "delete"] as const;

export const specialPermissions = [
  "reset_user_password",
  "impersonate",
  "view_user_applications",
  "add_user_to_group",
  "remove_user_from_group",
  "assign_role_permissions",
  "access_admin_console",
  // System > Tasks: see the queue, its history and the workers; act on jobs and schedules.
  "view_systemtask",
  "run_systemtask",
] as const;

export const permissionCodenames = [
  ...permissionModels.flatMap((model) => verbs.map((verb) => `${verb}_${model}` as const)),
  ...specialPermissions,
] as const;

export type TPermission = (typeof permissionCodenames)[number];

const codenameSet = new Set<string>(permissionCodenames);
export function isPermission(value: string): value is TPermission {
  return codenameSet.has(value);
}

/** Object types a permission can be granted on (one row of that type). */
export const permissionObjectTypes = ["user", "group", "role", "application", "brand", "flow", "dataexport"] as const;
export type TPermissionObjectType = (typeof permissionObjectTypes)[number];

/** A human label for the console, e.g. `change_user` -> "Can change user". */
export function describePermission(codename: string): string {
  return `Can ${codename.replaceAll("_", " ")}`;
}
