import { pageOutput, ZBrand, ZBrandListInput } from "@roster/core";
import { listBrands } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** A caller who may view some brands only sees those. */
export const list = objectPermissionProcedure("view_brand", "brand")
  .input(ZBrandListInput)
  .output(pageOutput(ZBrand))
  .query(({ ctx, input }) => listBrands(ctx.em, { ...input, onlyIds: ctx.visibleIds }));
