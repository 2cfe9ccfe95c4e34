/** The trust rules of SPEC §9, in one place: every service that could break one calls these. */
export { assertMayActOnUsers, assertHasUsablePassword, assertMayTakeOver } from "./act-on-users.js";
export { assertMayGrantRoles, assertMayGrantRolesOfGroups, assertMayGrantPermission, assertMayActAs } from "./grants.js";
export { assertMayChangeMembersOf, assertMayPlaceInGroups } from "./group-members.js";
export { superuserIds, superuserGroupIds, reachesSuperuser, superuserGroupsCte, superuserUserIdsQuery } from "./superuser-tree.js";
