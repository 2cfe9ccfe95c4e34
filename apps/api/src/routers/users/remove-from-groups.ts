import { z } from "zod";
import { ZUserGroupsChange } from "@roster/core";
import { removeFromGroups as removeUserFromGroups } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const removeFromGroups = objectPermissionProcedure("remove_user_from_group")
  .input(ZUserGroupsChange)
  .output(z.object({ removed: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.groupIds) requirePermission(ctx.actor, "remove_user_from_group", { type: "group", id });
    return { removed: await removeUserFromGroups(ctx.em, ctx.actor, input.userId, input.groupIds) };
  });
