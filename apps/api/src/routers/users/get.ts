import { z } from "zod";
import { ZUser } from "@roster/core";
import { getUser } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const get = objectPermissionProcedure("view_user")
  .input(z.object({ id: z.uuid() }))
  .output(ZUser)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.id });
    return getUser(ctx.em, input.id);
  });
