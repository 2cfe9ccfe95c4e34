import { z } from "zod";
import { ZUserRolesChange } from "@roster/core";
import { unassignRoles as unassignUserRoles } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const unassignRoles = objectPermissionProcedure("change_user")
  .input(ZUserRolesChange)
  .output(z.object({ unassigned: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "change_user", { type: "user", id: input.userId });
    return { unassigned: await unassignUserRoles(ctx.em, ctx.actor, input.userId, input.roleIds) };
  });
