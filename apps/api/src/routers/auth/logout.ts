import { z } from "zod";
import { logout as endSession } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

export const logout = authedProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
  await endSession(ctx.em, ctx.actor, ctx.origin);
  ctx.setSessionCookie(null);
  return { ok: true as const };
});
