import { ZFlowImport, ZFlowImportPlan } from "@roster/core";
import { planFlowImport } from "@roster/db";
import { permissionProcedure, requirePermission } from "../../trpc.js";

/** What importing a blueprint would create and change — existing stages with the other flows that use them — before anything is written. */
export const importPlan = permissionProcedure("add_flow")
  .input(ZFlowImport)
  .output(ZFlowImportPlan)
  // A mutation only so that a blueprint travels in the body (a query puts its input in the URL); it writes nothing.
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_flow");
    return planFlowImport(ctx.em, ctx.actor, input.yaml);
  });
