import { z } from "zod";
import { ZRolePermission } from "@roster/core";
import { listRolePermissions } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The role's grants, each with the name of the object it is granted on. */
export const permissions = objectPermissionProcedure("view_role")
  .input(z.object({ roleId: z.uuid() }))
  .output(z.object({ items: z.array(ZRolePermission) }))
  .query(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "view_role", { type: "role", id: input.roleId });
    return { items: await listRolePermissions(ctx.em, input.roleId) };
  });
