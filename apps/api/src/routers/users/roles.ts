import { z } from "zod";
import { ZUserRoles } from "@roster/core";
import { listUserRoles } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const roles = objectPermissionProcedure("view_user")
  .input(z.object({ userId: z.uuid() }))
  .output(ZUserRoles)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return listUserRoles(ctx.em, input.userId);
  });
