import { z } from "zod";
import { ZUserRolesChange } from "@roster/core";
import { assignRoles as assignUserRoles } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Giving a user a role changes that user: `change_user` on the user. */
export const assignRoles = objectPermissionProcedure("change_user")
  .input(ZUserRolesChange)
  .output(z.object({ assigned: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "change_user", { type: "user", id: input.userId });
    return { assigned: await assignUserRoles(ctx.em, ctx.actor, input.userId, input.roleIds) };
  });
