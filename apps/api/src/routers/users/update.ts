import { ZUser, ZUserUpdate } from "@roster/core";
import { updateUser } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const update = objectPermissionProcedure("change_user")
  .input(ZUserUpdate)
  .output(ZUser)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_user", { type: "user", id: input.id });
    return updateUser(ctx.em, ctx.actor, input);
  });
