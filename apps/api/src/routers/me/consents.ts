import { ZOwnRecordsInput, ZUserConsentPage } from "@roster/core";
import { listUserConsents } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

/** Settings: the applications the caller gave consent to (Connected applications). */
export const consents = authedProcedure
  .input(ZOwnRecordsInput.optional())
  .output(ZUserConsentPage)
  .query(({ ctx, input }) => listUserConsents(ctx.em, { userId: ctx.actor.userId, cursor: input?.cursor, limit: input?.limit }));
