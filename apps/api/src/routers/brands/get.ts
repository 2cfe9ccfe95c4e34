import { z } from "zod";
import { ZBrand } from "@roster/core";
import { getBrand } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const get = objectPermissionProcedure("view_brand")
  .input(z.object({ id: z.uuid() }))
  .output(ZBrand)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_brand", { type: "brand", id: input.id });
    return getBrand(ctx.em, input.id);
  });
