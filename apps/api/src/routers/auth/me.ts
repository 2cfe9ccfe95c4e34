import { publicProcedure } from "../../trpc.js";
import { ZMeResponse } from "./me.types.js";

/** Who is signed in: answered from the caller resolved for the request, with no statement of its own. */
export const me = publicProcedure.output(ZMeResponse).query(({ ctx }) => {
  if (!ctx.actor || !ctx.user) return null;
  return {
    user: { ...ctx.user, isSuperuser: ctx.actor.permissions.isSuperuser },
    original: ctx.actor.impersonator,
    impersonationReason: ctx.impersonationReason,
    permissions: ctx.actor.permissions.list(),
    objectPermissions: ctx.actor.permissions.objectCodenames(),
  };
});
