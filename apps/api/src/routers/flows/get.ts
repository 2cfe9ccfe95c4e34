import { z } from "zod";
import { ZFlowDetail } from "@roster/core";
import { getFlow } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const get = objectPermissionProcedure("view_flow")
  .input(z.object({ id: z.uuid() }))
  .output(ZFlowDetail)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_flow", { type: "flow", id: input.id });
    return getFlow(ctx.em, input.id);
  });
