import { ZPermissionGrantInput, ZRolePermission } from "@roster/core";
import { assignPermission as assignRolePermission } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Idempotent: granting what the role already holds returns the existing grant. */
export const assignPermission = objectPermissionProcedure("assign_role_permissions")
  .input(ZPermissionGrantInput)
  .output(ZRolePermission)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "assign_role_permissions", { type: "role", id: input.roleId });
    return assignRolePermission(ctx.em, ctx.actor, input);
  });
