import { ZFlowDetail, ZFlowImport } from "@roster/core";
import { importFlowBlueprint } from "@roster/db";
import { permissionProcedure, requirePermission } from "../../trpc.js";

/** Creates or updates a flow and its stages from a blueprint: adding and changing flows. */
export const importFlow = permissionProcedure("add_flow")
  .input(ZFlowImport)
  .output(ZFlowDetail)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_flow");
    return importFlowBlueprint(ctx.em, ctx.actor, input.yaml);
  });
