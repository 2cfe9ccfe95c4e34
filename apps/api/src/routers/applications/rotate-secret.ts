import { z } from "zod";
import { ZRotateSecretResult } from "@roster/core";
import { clientSecretSealing, rotateClientSecret } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** A new client secret for a confidential provider, returned this once; the old one stops working at once. */
export const rotateSecret = objectPermissionProcedure("change_application")
  .input(z.object({ id: z.uuid() }))
  .output(ZRotateSecretResult)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_application", { type: "application", id: input.id });
    return rotateClientSecret(ctx.em, ctx.actor, clientSecretSealing(ctx.app.secretKey), input.id);
  });
