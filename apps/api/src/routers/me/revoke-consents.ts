import { z } from "zod";
import { ZDeleteIdsInput } from "@roster/core";
import { deleteOwnedRecords } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

/** Settings: the caller withdraws consents of their own (other ids are ignored). */
export const revokeConsents = authedProcedure
  .input(ZDeleteIdsInput("application"))
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => ({ deleted: await deleteOwnedRecords(ctx.em, ctx.actor, "user_consent", input.ids, ctx.actor.userId) }));
