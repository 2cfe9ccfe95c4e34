import { z } from "zod";
import { ZInvitation } from "@roster/core";
import { getInvitation } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const get = permissionProcedure("view_invitation")
  .input(z.object({ id: z.uuid() }))
  .output(ZInvitation)
  .query(({ ctx, input }) => getInvitation(ctx.em, input.id));
