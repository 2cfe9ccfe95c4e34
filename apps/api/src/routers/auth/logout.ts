import { z } from "zod";
import { deleteSessionById, recordEvent } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

export const logout = authedProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
  if (ctx.actor.sessionId) {
    await ctx.em.transactional(async (em) => {
      await deleteSessionById(em, ctx.actor.sessionId ?? "");
      await recordEvent(em, { action: "logout", actor: ctx.actor, origin: ctx.origin, targetUserId: ctx.actor.userId });
    });
  }
  ctx.setSessionCookie(null);
  return { ok: true as const };
});
