import { ZBrand, ZBrandUpdate } from "@roster/core";
import { updateBrand } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const update = objectPermissionProcedure("change_brand")
  .input(ZBrandUpdate)
  .output(ZBrand)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_brand", { type: "brand", id: input.id });
    return updateBrand(ctx.em, ctx.actor, input);
  });
