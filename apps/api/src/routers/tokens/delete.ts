import { ZIds } from "@roster/core";
import { z } from "zod";
import { deleteTokens } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const deleteMany = permissionProcedure("delete_token")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => ({ deleted: await deleteTokens(ctx.em, ctx.actor, input.ids) }));
