/** Input and output shapes of the roles and permissions procedures. */
import { z } from "zod";
import { ZPageInput } from "../common/pagination.js";
import { ZNamedRef } from "../groups/schema.js";

export const ZRoleName = z
  .string()
  .trim()
  .min(1, "This field may not be blank.")
  .max(150, "Ensure this field has no more than 150 characters.");

export const ZRole = z.object({
  id: z.uuid(),
  name: z.string(),
  permissionCount: z.number().int(),
  /** Users and groups the role is assigned to directly. */
  userCount: z.number().int(),
  groupCount: z.number().int(),
});
export type TRole = z.infer<typeof ZRole>;

export const ZRoleListFilter = z.object({ search: z.string().max(150).optional() });
export type TRoleListFilter = z.infer<typeof ZRoleListFilter>;
export const ZRoleListInput = ZRoleListFilter.extend(ZPageInput.shape);

export const ZRoleCreate = z.object({ name: ZRoleName });
export type TRoleCreate = z.infer<typeof ZRoleCreate>;

export const ZRoleUpdate = z.object({ id: z.uuid(), name: ZRoleName.optional() });
export type TRoleUpdate = z.infer<typeof ZRoleUpdate>;

export const ZRoleMembers = z.object({
  users: z.array(z.object({ id: z.uuid(), username: z.string() })),
  groups: z.array(ZNamedRef),
});
export type TRoleMembers = z.infer<typeof ZRoleMembers>;

/** One grant of a role, with the name of the object it is granted on (null when global or gone). */
export const ZRolePermission = z.object({
  id: z.uuid(),
  codename: z.string(),
  description: z.string(),
  objectType: z.string().nullable(),
  objectId: z.uuid().nullable(),
  objectName: z.string().nullable(),
});
export type TRolePermission = z.infer<typeof ZRolePermission>;

/** Codename and object are checked by `permissionGrantProblems`, so that the messages name the rule. */
export const ZPermissionGrantInput = z.object({
  roleId: z.uuid(),
  permission: z.string().max(100),
  objectType: z.string().max(50).nullish(),
  objectId: z.uuid().nullish(),
});
export type TPermissionGrantInput = z.infer<typeof ZPermissionGrantInput>;

export const ZPermissionInfo = z.object({ codename: z.string(), description: z.string(), model: z.string() });
export type TPermissionInfo = z.infer<typeof ZPermissionInfo>;
