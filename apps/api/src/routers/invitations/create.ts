import { ZInvitationCreate, ZInvitationWithLink } from "@roster/core";
import { createInvitation } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** The link is in this answer only (and in `invitations.newLink`); the database keeps its key's hash. */
export const create = permissionProcedure("add_invitation")
  .input(ZInvitationCreate)
  .output(ZInvitationWithLink)
  .mutation(({ ctx, input }) => createInvitation(ctx.em, ctx.actor, input, ctx.app.publicUrl));
