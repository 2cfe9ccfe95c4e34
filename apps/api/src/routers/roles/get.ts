import { z } from "zod";
import { ZRole } from "@roster/core";
import { getRole } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const get = objectPermissionProcedure("view_role")
  .input(z.object({ id: z.uuid() }))
  .output(ZRole)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_role", { type: "role", id: input.id });
    return getRole(ctx.em, input.id);
  });
