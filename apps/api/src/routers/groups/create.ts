import { ZGroup, ZGroupCreate } from "@roster/core";
import { createGroup } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const create = permissionProcedure("add_group")
  .input(ZGroupCreate)
  .output(ZGroup)
  .mutation(({ ctx, input }) => createGroup(ctx.em, ctx.actor, input));
