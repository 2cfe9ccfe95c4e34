import { z } from "zod";
import { ZRoleMembers } from "@roster/core";
import { listRoleMembers } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The users and groups the role is assigned to directly. */
export const members = objectPermissionProcedure("view_role")
  .input(z.object({ roleId: z.uuid() }))
  .output(ZRoleMembers)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_role", { type: "role", id: input.roleId });
    return listRoleMembers(ctx.em, input.roleId);
  });
