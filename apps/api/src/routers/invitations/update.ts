import { ZInvitation, ZInvitationUpdate } from "@roster/core";
import { updateInvitation } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const update = permissionProcedure("change_invitation")
  .input(ZInvitationUpdate)
  .output(ZInvitation)
  .mutation(({ ctx, input }) => updateInvitation(ctx.em, ctx.actor, input));
