import { ZGroup, ZGroupUpdate } from "@roster/core";
import { updateGroup } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const update = objectPermissionProcedure("change_group")
  .input(ZGroupUpdate)
  .output(ZGroup)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_group", { type: "group", id: input.id });
    return updateGroup(ctx.em, ctx.actor, input);
  });
