import { z } from "zod";
import { ZGroupMembershipChange } from "@roster/core";
import { addMembers as addGroupMembers } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Membership rights may be granted on one group: a team lead can manage their own team. */
export const addMembers = objectPermissionProcedure("add_user_to_group")
  .input(ZGroupMembershipChange)
  .output(z.object({ added: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "add_user_to_group", { type: "group", id: input.groupId });
    return { added: await addGroupMembers(ctx.em, ctx.actor, input.groupId, input.userIds) };
  });
