import { z } from "zod";
import { ZIds } from "@roster/core";
import { deleteFlows } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const deleteMany = objectPermissionProcedure("delete_flow")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.ids) requirePermission(ctx.actor, "delete_flow", { type: "flow", id });
    return { deleted: await deleteFlows(ctx.em, ctx.actor, input.ids) };
  });
