import { pageOutput, ZInvitation, ZInvitationListInput } from "@roster/core";
import { listInvitations } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const list = permissionProcedure("view_invitation")
  .input(ZInvitationListInput)
  .output(pageOutput(ZInvitation))
  .query(({ ctx, input }) => listInvitations(ctx.em, input));
