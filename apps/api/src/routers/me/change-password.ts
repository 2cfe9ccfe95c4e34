import { z } from "zod";
import { ZChangeOwnPassword } from "@roster/core";
import { changeOwnPassword } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

/** Settings: the caller changes their own password, giving the current one. */
export const changePassword = authedProcedure
  .input(ZChangeOwnPassword)
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await changeOwnPassword(ctx.em, ctx.actor, input, { secretKey: ctx.app.secretKey, deviceCookie: ctx.deviceCookie });
    return { ok: true as const };
  });
