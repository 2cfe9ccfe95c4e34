import { ZBrand, ZBrandCreate } from "@roster/core";
import { createBrand } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const create = permissionProcedure("add_brand")
  .input(ZBrandCreate)
  .output(ZBrand)
  .mutation(({ ctx, input }) => createBrand(ctx.em, ctx.actor, input));
