import { z } from "zod";
import { endImpersonation as endSessionImpersonation } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

/** Any signed-in session may call it; without an impersonation it does nothing. */
export const endImpersonation = authedProcedure.output(z.object({ ended: z.boolean() })).mutation(async ({ ctx }) => ({
  ended: await endSessionImpersonation(ctx.em, ctx.actor),
}));
