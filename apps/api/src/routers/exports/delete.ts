import { ZIds } from "@roster/core";
import { z } from "zod";
import { deleteExports } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

/** The caller's own exports, or any with `delete_dataexport`; other ids are skipped. */
export const deleteMany = authedProcedure
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => ({ deleted: await deleteExports(ctx.em, ctx.actor, input.ids, ctx.actor.permissions.has("delete_dataexport")) }));
