import { z } from "zod";
import { sendRecoveryEmail as sendEmail } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const sendRecoveryEmail = objectPermissionProcedure("reset_user_password")
  .input(z.object({ id: z.uuid() }))
  .output(z.object({ queued: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "reset_user_password", { type: "user", id: input.id });
    await sendEmail(ctx.em, ctx.actor, input.id, { host: ctx.origin.brand, publicUrl: ctx.app.publicUrl });
    return { queued: true as const };
  });
