import { z } from "zod";
import { addMemberships, listUserGroups, removeMemberships } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

const ZUserGroup = z.object({ id: z.uuid(), name: z.string(), isSuperuser: z.boolean(), parents: z.array(z.string()) });
const ZMembershipChange = z.object({ userId: z.uuid(), groupIds: z.array(z.uuid()).min(1, "Select at least one group.").max(500) });

export const groups = objectPermissionProcedure("view_user")
  .input(z.object({ userId: z.uuid() }))
  .output(z.object({ items: z.array(ZUserGroup) }))
  .query(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return { items: await listUserGroups(ctx.em, input.userId) };
  });

/** Membership rights may be granted on single groups, as for `groups.addMembers`. */
export const addToGroups = objectPermissionProcedure("add_user_to_group")
  .input(ZMembershipChange)
  .output(z.object({ added: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.groupIds) requirePermission(ctx.actor, "add_user_to_group", { type: "group", id });
    return { added: await addMemberships(ctx.em, ctx.actor, { groupIds: input.groupIds, userIds: [input.userId], from: "user" }) };
  });

export const removeFromGroups = objectPermissionProcedure("remove_user_from_group")
  .input(ZMembershipChange)
  .output(z.object({ removed: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.groupIds) requirePermission(ctx.actor, "remove_user_from_group", { type: "group", id });
    return { removed: await removeMemberships(ctx.em, ctx.actor, { groupIds: input.groupIds, userIds: [input.userId], from: "user" }) };
  });
