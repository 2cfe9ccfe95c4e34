/** What the signed-in person may see in the console, from `auth.me`'s permission list. */
export function hasPermission(permissions: readonly string[], codename: string): boolean {
  return permissions.includes("*") || permissions.includes(codename);
}

export function canAccessAdmin(permissions: readonly string[]): boolean {
  return hasPermission(permissions, "access_admin_console");
}

/** The console's home: the Overview (`/`) for admins, their own applications for everyone else. */
export function homePath(permissions: readonly string[]): string {
  return canAccessAdmin(permissions) ? "/" : "/me/applications";
}
