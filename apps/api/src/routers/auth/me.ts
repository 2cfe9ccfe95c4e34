import { getUserSummary } from "@roster/db";
import { publicProcedure } from "../../trpc.js";
import { ZMeResponse } from "./me.types.js";

export const me = publicProcedure.output(ZMeResponse).query(async ({ ctx }) => {
  if (!ctx.actor) return null;
  const user = await getUserSummary(ctx.em, ctx.actor.userId);
  return {
    user: { ...user, isSuperuser: ctx.actor.permissions.isSuperuser },
    original: ctx.actor.impersonator,
    impersonationReason: ctx.impersonationReason,
    permissions: ctx.actor.permissions.list(),
  };
});
