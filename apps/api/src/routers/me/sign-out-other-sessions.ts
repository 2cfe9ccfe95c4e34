import { z } from "zod";
import { signOutOtherSessions as signOutOthers } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

export const signOutOtherSessions = authedProcedure
  .input(z.object({}).optional())
  .output(z.object({ signedOut: z.number().int() }))
  .mutation(async ({ ctx }) => ({ signedOut: await signOutOthers(ctx.em, ctx.actor) }));
