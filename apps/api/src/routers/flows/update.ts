import { ZFlowDetail, ZFlowUpdate } from "@roster/core";
import { updateFlow } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const update = objectPermissionProcedure("change_flow")
  .input(ZFlowUpdate)
  .output(ZFlowDetail)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_flow", { type: "flow", id: input.id });
    return updateFlow(ctx.em, ctx.actor, input);
  });
