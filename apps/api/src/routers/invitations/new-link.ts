import { z } from "zod";
import { newInvitationLink } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Replaces the invitation's link: the previous one stops working. */
export const newLink = permissionProcedure("change_invitation")
  .input(z.object({ id: z.uuid() }))
  .output(z.object({ link: z.string() }))
  .mutation(({ ctx, input }) => newInvitationLink(ctx.em, ctx.actor, input.id, ctx.app.publicUrl));
