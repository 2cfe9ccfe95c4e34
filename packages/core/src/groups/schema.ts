/** Input and output shapes of the groups procedures. */
import { z } from "zod";
import { ZPageInput } from "../common/pagination.js";
import { ZAttributes } from "../users/schema.js";

/** A group or role named in another object: enough to show and link it. */
export const ZNamedRef = z.object({ id: z.uuid(), name: z.string() });
export type TNamedRef = z.infer<typeof ZNamedRef>;

export const ZGroupName = z
  .string()
  .trim()
  .min(1, "This field may not be blank.")
  .max(150, "Ensure this field has no more than 150 characters.");

export const ZGroup = z.object({
  id: z.uuid(),
  name: z.string(),
  isSuperuser: z.boolean(),
  parents: z.array(ZNamedRef),
  roles: z.array(ZNamedRef),
  /** Direct members only. */
  memberCount: z.number().int(),
  /** Groups whose parents include this one. */
  childCount: z.number().int(),
  attributes: ZAttributes,
});
export type TGroup = z.infer<typeof ZGroup>;

export const ZGroupListFilter = z.object({
  /** Case-insensitive substring of the name. */
  search: z.string().max(150).optional(),
  /** Only the groups this group is a direct parent of (its child groups). */
  parentId: z.uuid("Enter a valid group id.").optional(),
});
export type TGroupListFilter = z.infer<typeof ZGroupListFilter>;
export const ZGroupListInput = ZGroupListFilter.extend(ZPageInput.shape);

const ZIdList = z.array(z.uuid()).max(500, "At most 500 at once.");

export const ZGroupCreate = z.object({
  name: ZGroupName,
  parents: ZIdList.default([]),
  roles: ZIdList.default([]),
  isSuperuser: z.boolean().default(false),
  attributes: ZAttributes.default({}),
});
export type TGroupCreate = z.infer<typeof ZGroupCreate>;

export const ZGroupUpdate = z.object({
  id: z.uuid(),
  name: ZGroupName.optional(),
  /** Replaces the parents when given. */
  parents: ZIdList.optional(),
  /** Replaces the roles when given. */
  roles: ZIdList.optional(),
  isSuperuser: z.boolean().optional(),
  attributes: ZAttributes.optional(),
});
export type TGroupUpdate = z.infer<typeof ZGroupUpdate>;

export const ZGroupMember = z.object({ id: z.uuid(), username: z.string(), name: z.string(), isActive: z.boolean() });
export type TGroupMember = z.infer<typeof ZGroupMember>;

export const ZGroupMembersInput = z.object({ groupId: z.uuid() }).extend(ZPageInput.shape);

export const ZGroupMembershipChange = z.object({
  groupId: z.uuid(),
  userIds: z.array(z.uuid()).min(1, "Select at least one user.").max(1000, "At most 1,000 at once."),
});
export type TGroupMembershipChange = z.infer<typeof ZGroupMembershipChange>;
