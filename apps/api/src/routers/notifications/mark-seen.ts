import { ZNotificationMarkSeenInput } from "@roster/core";
import { z } from "zod";
import { markNotificationsSeen } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

export const markSeen = authedProcedure
  .input(ZNotificationMarkSeenInput)
  .output(z.object({ updated: z.number().int() }))
  .mutation(async ({ ctx, input }) => ({ updated: await markNotificationsSeen(ctx.em, ctx.actor.userId, input.ids) }));
