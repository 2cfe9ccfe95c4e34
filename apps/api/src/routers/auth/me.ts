import { User } from "@roster/db";
import { publicProcedure } from "../../trpc.js";
import { ZMeResponse } from "./me.types.js";

export const me = publicProcedure.output(ZMeResponse).query(async ({ ctx }) => {
  if (!ctx.actor) return null;
  const user = await ctx.em.findOneOrFail(User, { id: ctx.actor.userId });
  return {
    user: { id: user.id, username: user.username, name: user.name, email: user.email, isSuperuser: ctx.actor.permissions.isSuperuser },
    original: ctx.actor.impersonator,
    impersonationReason: ctx.impersonationReason,
    permissions: ctx.actor.permissions.list(),
  };
});
