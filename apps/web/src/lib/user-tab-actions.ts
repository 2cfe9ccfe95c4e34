/**
 * The buttons (and the Overview's activity chart) of the user page's tabs and what each needs: the permissions of the procedures
 * they call (`apps/api/src/routers/…`), so that the console offers only what the server takes.
 */
import type { Me } from "./api-types";
import { meetsAll, type TRequirement } from "./permissions";

type Grants = Pick<Me, "permissions" | "objectPermissions">;

const requirements = {
  // sessions.delete
  deleteSessions: ["change_user"],
  // groups.list (the picker) + users.addToGroups
  addToExistingGroup: ["view_group", "add_user_to_group"],
  // groups.create + users.addToGroups
  addToNewGroup: ["add_group", "add_user_to_group"],
  // users.removeFromGroups
  removeFromGroups: ["remove_user_from_group"],
  // roles.list (the picker) + users.assignRoles
  assignExistingRole: ["view_role", "change_user"],
  // roles.create + users.assignRoles
  assignNewRole: ["add_role", "change_user"],
  // users.unassignRoles
  unassignRoles: ["change_user"],
  // consents.delete, refreshTokens.delete, authenticators.delete: change_user on the record's owner
  deleteConsents: ["change_user"],
  deleteRefreshTokens: ["change_user"],
  deleteAuthenticators: ["change_user"],
  // users.activity (the Overview's chart): counted from events
  viewActivity: ["view_user", "view_event"],
} as const satisfies Record<string, readonly TRequirement[]>;

export type UserTabAction = keyof typeof requirements;

export function mayTakeUserTabAction(grants: Grants, action: UserTabAction): boolean {
  return meetsAll(grants, requirements[action]);
}
