import { z } from "zod";
import { ZIds } from "@roster/core";
import { deleteBrands } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const deleteMany = objectPermissionProcedure("delete_brand")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.ids) requirePermission(ctx.actor, "delete_brand", { type: "brand", id });
    return { deleted: await deleteBrands(ctx.em, ctx.actor, input.ids) };
  });
