import { z } from "zod";
import { ZGroup } from "@roster/core";
import { getGroup } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const get = objectPermissionProcedure("view_group")
  .input(z.object({ id: z.uuid() }))
  .output(ZGroup)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_group", { type: "group", id: input.id });
    return getGroup(ctx.em, input.id);
  });
