import { z } from "zod";
import { ZPermissionGrantInput, ZRolePermission } from "@roster/core";
import { assignRolePermission, listRolePermissions, unassignRolePermission } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The role's grants, each with the name of the object it is granted on. */
export const permissions = objectPermissionProcedure("view_role")
  .input(z.object({ roleId: z.uuid() }))
  .output(z.object({ items: z.array(ZRolePermission) }))
  .query(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "view_role", { type: "role", id: input.roleId });
    return { items: await listRolePermissions(ctx.em, input.roleId) };
  });

/** Idempotent: granting what the role already holds returns the existing grant. */
export const assignPermission = objectPermissionProcedure("assign_role_permissions")
  .input(ZPermissionGrantInput)
  .output(ZRolePermission)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "assign_role_permissions", { type: "role", id: input.roleId });
    return assignRolePermission(ctx.em, ctx.actor, input);
  });

export const unassignPermission = objectPermissionProcedure("assign_role_permissions")
  .input(ZPermissionGrantInput)
  .output(z.object({ removed: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "assign_role_permissions", { type: "role", id: input.roleId });
    return { removed: await unassignRolePermission(ctx.em, ctx.actor, input) };
  });
