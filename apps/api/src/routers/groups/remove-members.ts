import { z } from "zod";
import { ZGroupMembershipChange } from "@roster/core";
import { removeMembers as removeGroupMembers } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const removeMembers = objectPermissionProcedure("remove_user_from_group")
  .input(ZGroupMembershipChange)
  .output(z.object({ removed: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "remove_user_from_group", { type: "group", id: input.groupId });
    return { removed: await removeGroupMembers(ctx.em, ctx.actor, input.groupId, input.userIds) };
  });
