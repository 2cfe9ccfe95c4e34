import { z } from "zod";
import { ZIds } from "@roster/core";
import { deleteApplications } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const deleteMany = objectPermissionProcedure("delete_application")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.ids) requirePermission(ctx.actor, "delete_application", { type: "application", id });
    return { deleted: await deleteApplications(ctx.em, ctx.actor, input.ids) };
  });
