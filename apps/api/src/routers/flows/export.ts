import { z } from "zod";
import { ZFlowExport } from "@roster/core";
import { exportFlowBlueprint } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const exportFlow = objectPermissionProcedure("view_flow")
  .input(z.object({ id: z.uuid() }))
  .output(ZFlowExport)
  .query(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "view_flow", { type: "flow", id: input.id });
    return { yaml: await exportFlowBlueprint(ctx.em, input.id) };
  });
