import { pageOutput, ZFlowListInput, ZFlowListItem } from "@roster/core";
import { listFlows } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** A caller who may view some flows only sees those. */
export const list = objectPermissionProcedure("view_flow", "flow")
  .input(ZFlowListInput)
  .output(pageOutput(ZFlowListItem))
  .query(({ ctx, input }) => listFlows(ctx.em, { ...input, onlyIds: ctx.visibleIds }));
