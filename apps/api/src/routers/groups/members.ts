import { z } from "zod";
import { pageOutput, ZGroupMember, ZGroupMembersInput, ZGroupMembershipChange } from "@roster/core";
import { addMemberships, listGroupMembers, removeMemberships } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Direct members of a group, by username. */
export const members = objectPermissionProcedure("view_group")
  .input(ZGroupMembersInput)
  .output(pageOutput(ZGroupMember))
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_group", { type: "group", id: input.groupId });
    return listGroupMembers(ctx.em, input);
  });

/** Membership rights may be granted on one group: a team lead can manage their own team. */
export const addMembers = objectPermissionProcedure("add_user_to_group")
  .input(ZGroupMembershipChange)
  .output(z.object({ added: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "add_user_to_group", { type: "group", id: input.groupId });
    return { added: await addMemberships(ctx.em, ctx.actor, { groupIds: [input.groupId], userIds: input.userIds, from: "group" }) };
  });

export const removeMembers = objectPermissionProcedure("remove_user_from_group")
  .input(ZGroupMembershipChange)
  .output(z.object({ removed: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "remove_user_from_group", { type: "group", id: input.groupId });
    return { removed: await removeMemberships(ctx.em, ctx.actor, { groupIds: [input.groupId], userIds: input.userIds, from: "group" }) };
  });
