import { ZRole, ZRoleUpdate } from "@roster/core";
import { updateRole } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const update = objectPermissionProcedure("change_role")
  .input(ZRoleUpdate)
  .output(ZRole)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_role", { type: "role", id: input.id });
    return updateRole(ctx.em, ctx.actor, input);
  });
