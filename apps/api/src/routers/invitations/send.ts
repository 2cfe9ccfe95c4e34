import { z } from "zod";
import { ZInvitationSend } from "@roster/core";
import { sendInvitation } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Emails a link of its own (the worker sends it); the link shown at creation keeps working. */
export const send = permissionProcedure("change_invitation")
  .input(ZInvitationSend)
  .output(z.object({ queued: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await sendInvitation(ctx.em, ctx.actor, input, { host: ctx.origin.brand, publicUrl: ctx.app.publicUrl });
    return { queued: true as const };
  });
