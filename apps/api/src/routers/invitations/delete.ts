import { z } from "zod";
import { ZIds } from "@roster/core";
import { deleteInvitations } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const deleteMany = permissionProcedure("delete_invitation")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => ({ deleted: await deleteInvitations(ctx.em, ctx.actor, input.ids) }));
