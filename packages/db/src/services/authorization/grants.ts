/**
 * Rule 3 of SPEC §9: nobody grants what they do not hold. Assigning a role (to a user or a group)
 * needs every permission of that role in the same scope; so does joining a group that holds
 * roles; granting a permission to a role needs that permission; making a token that acts as
 * another user needs everything that user holds.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, grantsNotHeld, textArrayLiteral, trustMessages, type Actor, type TPermissionGrant } from "@roster/core";
import { sql } from "../../sql.js";
import { groupAncestorsCte } from "../groups/group-tree.js";
import { loadPermissions } from "../permissions/load-permissions.js";

function assertHolds(actor: Actor, wanted: readonly TPermissionGrant[]): void {
  if (grantsNotHeld(actor.permissions, wanted).length > 0) throw AppError.forbidden(trustMessages.grantBeyondHeld);
}

export async function assertMayGrantRoles(em: EntityManager, actor: Actor, roleIds: readonly string[]): Promise<void> {
  if (actor.permissions.isSuperuser || roleIds.length === 0) return;
  const grants = await sql<TPermissionGrant>(
    em,
    `SELECT codename, object_type AS "objectType", object_id AS "objectId" FROM role_permissions WHERE role_id = ANY(?::uuid[])`,
    [textArrayLiteral(roleIds)],
  );
  assertHolds(actor, grants);
}

/**
 * Joining a group, or placing a group under parents, hands over the roles of those groups and of
 * all their ancestors: the caller must hold every permission of those roles.
 */
export async function assertMayGrantRolesOfGroups(em: EntityManager, actor: Actor, groupIds: readonly string[]): Promise<void> {
  if (actor.permissions.isSuperuser || groupIds.length === 0) return;
  const grants = await sql<TPermissionGrant>(
    em,
    `WITH RECURSIVE ${groupAncestorsCte("up", "a", "SELECT id FROM groups WHERE id = ANY(?::uuid[])")}
     SELECT DISTINCT rp.codename, rp.object_type AS "objectType", rp.object_id AS "objectId"
       FROM group_roles gr JOIN role_permissions rp ON rp.role_id = gr.role_id
      WHERE gr.group_id IN (SELECT group_id FROM up)`,
    [textArrayLiteral(groupIds)],
  );
  assertHolds(actor, grants);
}

export function assertMayGrantPermission(actor: Actor, grant: TPermissionGrant): void {
  assertHolds(actor, [grant]);
}

/**
 * A token for another user, a password reset, a recovery link or an impersonation lets the caller
 * act as that user: the caller must hold all of that user's rights (a super-user's: only a
 * super-user).
 */
export async function assertMayActAs(em: EntityManager, actor: Actor, userId: string): Promise<void> {
  if (actor.permissions.isSuperuser || userId === actor.userId) return;
  const theirs = await loadPermissions(em, userId);
  if (theirs.isSuperuser) throw AppError.forbidden(trustMessages.superuserTarget);
  assertHolds(actor, theirs.grants());
}
