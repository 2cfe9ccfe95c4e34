/** What the signed-in person may see in the console, from `auth.me`'s permission list. */
export function hasPermission(permissions: readonly string[], codename: string): boolean {
  return permissions.includes("*") || permissions.includes(codename);
}

export function canAccessAdmin(permissions: readonly string[]): boolean {
  return hasPermission(permissions, "access_admin_console");
}

/** Where "/" leads: admins to the directory, everyone else to their own applications. */
export function homePath(permissions: readonly string[]): string {
  return canAccessAdmin(permissions) ? "/directory/users" : "/me/applications";
}
