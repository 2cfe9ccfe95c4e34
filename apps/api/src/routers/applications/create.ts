import { ZApplication, ZApplicationCreate } from "@roster/core";
import { createApplication } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const create = permissionProcedure("add_application")
  .input(ZApplicationCreate)
  .output(ZApplication)
  .mutation(({ ctx, input }) => createApplication(ctx.em, ctx.actor, input));
