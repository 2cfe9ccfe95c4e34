import { z } from "zod";
import { ZApplication } from "@roster/core";
import { getApplication } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const get = objectPermissionProcedure("view_application")
  .input(z.object({ id: z.uuid() }))
  .output(ZApplication)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_application", { type: "application", id: input.id });
    return getApplication(ctx.em, input.id);
  });
