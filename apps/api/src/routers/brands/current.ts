import { z } from "zod";
import { ZBrand } from "@roster/core";
import { getCurrentBrand } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The brand this request is served as: the one whose domain is the request's host, else the default. */
export const current = objectPermissionProcedure("view_brand")
  .input(z.object({}).optional())
  .output(ZBrand)
  .query(async ({ ctx }) => {
    const brand = await getCurrentBrand(ctx.em, ctx.origin.brand);
    requirePermission(ctx.actor, "view_brand", { type: "brand", id: brand.id });
    return brand;
  });
