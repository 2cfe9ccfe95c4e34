/**
 * A role's permissions in the console: the catalogue from `permissions.list`, searched and
 * narrowed to what fits an object type, and the role's grants split into global and per object.
 */
export interface PermissionInfo {
  codename: string;
  description: string;
  /** What the codename is about: `change_user` and `impersonate` → "user". */
  model: string;
}

export interface Grant {
  codename: string;
  objectType: string | null;
  objectId: string | null;
  objectName: string | null;
}

/** The object types the console can pick objects of (each has a list to search). */
export const pickableObjectTypes = [
  { value: "user", label: "User" },
  { value: "group", label: "Group" },
  { value: "role", label: "Role" },
] as const;
export type PickableObjectType = (typeof pickableObjectTypes)[number]["value"];

export function isPickableObjectType(value: string): value is PickableObjectType {
  return pickableObjectTypes.some((type) => type.value === value);
}

/** The codenames that can be granted on one object of this type (`*_user`, `impersonate`…). */
export function codenamesForObjectType(catalogue: readonly PermissionInfo[], objectType: string): PermissionInfo[] {
  return catalogue.filter((permission) => permission.model === objectType);
}

/** Every whitespace-separated term must appear in the codename or the description. */
export function searchPermissions(catalogue: readonly PermissionInfo[], text: string): PermissionInfo[] {
  const terms = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...catalogue];
  return catalogue.filter((permission) => {
    const haystack = `${permission.codename} ${permission.description}`.toLowerCase();
    return terms.every((term) => haystack.includes(term) || haystack.includes(term.replaceAll(" ", "_")));
  });
}

export function splitGrants<T extends Grant>(grants: readonly T[]): { global: T[]; perObject: T[] } {
  return { global: grants.filter((grant) => grant.objectType === null), perObject: grants.filter((grant) => grant.objectType !== null) };
}

/** Codenames the role already holds globally, so the Assign dialog can mark them. */
export function globalCodenames(grants: readonly Grant[]): Set<string> {
  return new Set(grants.filter((grant) => grant.objectType === null).map((grant) => grant.codename));
}

/** "change_user" or "impersonate on user alice" (an object that is gone shows its id). */
export function grantLabel(grant: Grant): string {
  if (!grant.objectType) return grant.codename;
  return `${grant.codename} on ${grant.objectType} ${grant.objectName ?? grant.objectId ?? ""}`.trimEnd();
}

/** The input of `roles.unassignPermission` for a grant. */
export function grantInput(roleId: string, grant: Grant): { roleId: string; permission: string; objectType?: string; objectId?: string } {
  return { roleId, permission: grant.codename, ...(grant.objectType && grant.objectId ? { objectType: grant.objectType, objectId: grant.objectId } : {}) };
}
