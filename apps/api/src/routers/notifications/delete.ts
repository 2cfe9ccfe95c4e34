import { ZIds } from "@roster/core";
import { z } from "zod";
import { deleteNotifications } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

export const deleteMany = authedProcedure
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => ({ deleted: await deleteNotifications(ctx.em, ctx.actor.userId, input.ids) }));
