import { z } from "zod";
import { ZPermissionGrantInput } from "@roster/core";
import { unassignPermission as unassignRolePermission } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const unassignPermission = objectPermissionProcedure("assign_role_permissions")
  .input(ZPermissionGrantInput)
  .output(z.object({ removed: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "assign_role_permissions", { type: "role", id: input.roleId });
    return { removed: await unassignRolePermission(ctx.em, ctx.actor, input) };
  });
