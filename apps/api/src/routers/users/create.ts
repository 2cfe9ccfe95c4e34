import { ZUser, ZUserCreate } from "@roster/core";
import { createUser } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const create = permissionProcedure("add_user")
  .input(ZUserCreate)
  .output(ZUser)
  .mutation(({ ctx, input }) => createUser(ctx.em, ctx.actor, input));
