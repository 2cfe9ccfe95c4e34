import { ZAuthenticatorPage, ZOwnRecordsInput } from "@roster/core";
import { listAuthenticators } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

/** Settings: the caller's own MFA devices. */
export const mine = authedProcedure
  .input(ZOwnRecordsInput.optional())
  .output(ZAuthenticatorPage)
  .query(({ ctx, input }) => listAuthenticators(ctx.em, { userId: ctx.actor.userId, ...input }));
