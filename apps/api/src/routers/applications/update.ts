import { ZApplicationUpdate, ZApplicationWithSecret } from "@roster/core";
import { clientSecretSealing, updateApplication } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const update = objectPermissionProcedure("change_application")
  .input(ZApplicationUpdate)
  .output(ZApplicationWithSecret)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_application", { type: "application", id: input.id });
    return updateApplication(ctx.em, ctx.actor, clientSecretSealing(ctx.app.secretKey), input);
  });
