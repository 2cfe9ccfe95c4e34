import { ZApplication, ZApplicationUpdate } from "@roster/core";
import { updateApplication } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const update = objectPermissionProcedure("change_application")
  .input(ZApplicationUpdate)
  .output(ZApplication)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_application", { type: "application", id: input.id });
    return updateApplication(ctx.em, ctx.actor, input);
  });
