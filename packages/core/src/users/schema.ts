/** Input and output shapes of the users procedures. */
import { z } from "zod";
import { pathProblem, usernameProblem } from "./rules.js";

import { userTypes } from "./user-types.js";

export { userTypes, serviceAccountTypes, isServiceAccount, type TUserType } from "./user-types.js";
export const ZUserType = z.enum(userTypes);

export const ZUserPath = z.string().superRefine((value, ctx) => {
  const problem = pathProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const ZUsername = z.string().superRefine((value, ctx) => {
  const problem = usernameProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const ZAttributes = z.record(z.string(), z.unknown());

export const ZEmail = z.union([z.literal(""), z.email({ message: "Enter a valid email address." })]);

export const ZUser = z.object({
  id: z.uuid(),
  username: z.string(),
  name: z.string(),
  email: z.string(),
  isActive: z.boolean(),
  isSuperuser: z.boolean(),
  path: z.string(),
  type: ZUserType,
  attributes: ZAttributes,
  lastLogin: z.string().nullable(),
  dateJoined: z.string(),
  lastUpdated: z.string(),
  passwordChangeDate: z.string().nullable(),
});
export type TUser = z.infer<typeof ZUser>;

export const userOrderings = ["username", "name", "email", "date_joined", "last_login", "last_updated"] as const;
export const ZUserOrdering = z.enum([...userOrderings, ...userOrderings.map((o) => `-${o}` as const)]);
export type TUserOrdering = z.infer<typeof ZUserOrdering>;

export const ZUserListFilter = z.object({
  query: z.string().max(5000).optional(),
  path: z.string().optional(),
  ordering: ZUserOrdering.optional(),
});
export type TUserListFilter = z.infer<typeof ZUserListFilter>;

export const ZUserCreate = z.object({
  username: ZUsername,
  name: z.string().max(300).default(""),
  email: ZEmail.default(""),
  isActive: z.boolean().default(true),
  path: ZUserPath.default("users"),
  type: z.enum(["internal", "external"]).default("internal"),
  attributes: ZAttributes.default({}),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.object({
  id: z.uuid(),
  username: ZUsername.optional(),
  name: z.string().max(300).optional(),
  email: ZEmail.optional(),
  isActive: z.boolean().optional(),
  path: ZUserPath.optional(),
  type: z.enum(["internal", "external"]).optional(),
  attributes: ZAttributes.optional(),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

// Not groups/schema's ZNamedRef: that module imports this one (for attributes).
const ZGroupSummary = z.object({ id: z.uuid(), name: z.string() });

/** One of a user's direct groups (users.groups), with its parents to show and link. */
export const ZUserGroup = z.object({ id: z.uuid(), name: z.string(), isSuperuser: z.boolean(), parents: z.array(ZGroupSummary) });
export type TUserGroup = z.infer<typeof ZUserGroup>;

/** users.addToGroups and users.removeFromGroups. */
export const ZUserGroupsChange = z.object({ userId: z.uuid(), groupIds: z.array(z.uuid()).min(1, "Select at least one group.").max(500) });
export type TUserGroupsChange = z.infer<typeof ZUserGroupsChange>;

const ZRoleSummary = z.object({ id: z.uuid(), name: z.string() });

/**
 * Where an inherited role comes from: `group` holds it, and the user has it through `through`
 * (the user's own group first, then its ancestors up to `group`; empty when the user is in `group`).
 */
export const ZRoleSource = z.object({ group: ZGroupSummary, through: z.array(ZGroupSummary) });
export type TRoleSource = z.infer<typeof ZRoleSource>;

/** users.roles: assigned directly, and all (direct and inherited, with the groups they come from). */
export const ZUserRoles = z.object({
  assigned: z.array(ZRoleSummary),
  all: z.array(
    z.object({
      role: ZRoleSummary,
      inherited: z.boolean(),
      /** The same sources as group-name paths, the user's group first (`staff/engineering`): the SPEC's contract. */
      via: z.array(z.string()),
      sources: z.array(ZRoleSource),
    }),
  ),
});
export type TUserRoles = z.infer<typeof ZUserRoles>;

/** users.assignRoles and users.unassignRoles. */
export const ZUserRolesChange = z.object({ userId: z.uuid(), roleIds: z.array(z.uuid()).min(1, "Select at least one role.").max(500) });
export type TUserRolesChange = z.infer<typeof ZUserRolesChange>;
