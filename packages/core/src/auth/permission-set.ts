/**
 * What one caller may do, loaded once per request: super-user, global codenames, and codenames
 * granted on single objects.
 */
import type { TPermission } from "../permissions.js";

export interface TPermissionGrant {
  codename: string;
  objectType: string | null;
  objectId: string | null;
}

export class PermissionSet {
  private readonly global = new Set<string>();
  private readonly onObjects = new Set<string>();

  constructor(
    readonly isSuperuser: boolean,
    private readonly granted: readonly TPermissionGrant[],
  ) {
    for (const grant of granted) {
      if (grant.objectType && grant.objectId) this.onObjects.add(objectKey(grant.codename, grant.objectType, grant.objectId));
      else this.global.add(grant.codename);
    }
  }

  static none(): PermissionSet {
    return new PermissionSet(false, []);
  }

  /** Globally, or on the given object when one is named. */
  has(codename: TPermission, object?: { type: string; id: string }): boolean {
    if (this.isSuperuser || this.global.has(codename)) return true;
    return object ? this.onObjects.has(objectKey(codename, object.type, object.id)) : false;
  }

  /** Globally, or on at least one object: enough to open a page that lists those objects. */
  hasAny(codename: TPermission): boolean {
    if (this.has(codename)) return true;
    for (const key of this.onObjects) if (key.startsWith(`${codename}:`)) return true;
    return false;
  }

  /** Ids of objects of a type on which the codename is granted (for filtering lists). */
  objectIds(codename: TPermission, type: string): string[] {
    const prefix = `${codename}:${type}:`;
    return [...this.onObjects].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  }

  /**
   * Row scoping, computed here and nowhere else: null when the codename is held globally (every
   * object), else the ids of the objects of `type` it is held on (a list shows only those).
   */
  scope(codename: TPermission, type: string): string[] | null {
    return this.has(codename) ? null : this.objectIds(codename, type);
  }

  /** Every grant, as loaded: what a caller must hold to hand this set to someone else. */
  grants(): readonly TPermissionGrant[] {
    return this.granted;
  }

  /** Sorted codenames held on at least one object only (not globally): pages the console may open. */
  objectCodenames(): string[] {
    if (this.isSuperuser) return [];
    const codenames = new Set([...this.onObjects].map((key) => key.slice(0, key.indexOf(":"))));
    return [...codenames].filter((codename) => !this.global.has(codename)).sort();
  }

  /** Sorted global codenames, or `["*"]` for a super-user: what `auth.me` shows the console. */
  list(): string[] {
    return this.isSuperuser ? ["*"] : [...this.global].sort();
  }
}

function objectKey(codename: string, type: string, id: string): string {
  return `${codename}:${type}:${id}`;
}
