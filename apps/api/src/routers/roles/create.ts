import { ZRole, ZRoleCreate } from "@roster/core";
import { createRole } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const create = permissionProcedure("add_role")
  .input(ZRoleCreate)
  .output(ZRole)
  .mutation(({ ctx, input }) => createRole(ctx.em, ctx.actor, input));
