/**
 * What the signed-in person may see and do in the console, from `auth.me`: the one place that
 * decides which menu entries, pages, tabs and buttons are shown. The server checks every call
 * anyway; this only keeps the console from offering what would be refused.
 */
import type { TPermission } from "@roster/core";
import type { Me } from "./api-types";

type Grants = Pick<Me, "permissions" | "objectPermissions">;

/** Held globally (or as a super-user). */
export function hasPermission(permissions: readonly string[], codename: string): boolean {
  return permissions.includes("*") || permissions.includes(codename);
}

/** Held globally or on at least one object: enough to open the page that lists those objects. */
export function mayUse(grants: Grants, codename: string): boolean {
  return hasPermission(grants.permissions, codename) || grants.objectPermissions.includes(codename);
}

export function isSuperuser(grants: Grants): boolean {
  return grants.permissions.includes("*");
}

export function canAccessAdmin(permissions: readonly string[]): boolean {
  return hasPermission(permissions, "access_admin_console");
}

/** What a menu entry or a page needs: a codename, or "superuser" for the super-users' pages. */
export type TRequirement = TPermission | "superuser";

export function meets(grants: Grants, requirement: TRequirement | undefined): boolean {
  if (requirement === undefined) return true;
  return requirement === "superuser" ? isSuperuser(grants) : mayUse(grants, requirement);
}

/** Every requirement met: what a tab or a button needs when it calls several procedures. */
export function meetsAll(grants: Grants, requirements: readonly TRequirement[]): boolean {
  return requirements.every((requirement) => meets(grants, requirement));
}
