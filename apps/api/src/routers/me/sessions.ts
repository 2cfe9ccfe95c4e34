import { z } from "zod";
import { ZUserSession } from "@roster/core";
import { listUserSessions } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

/** Settings: the caller's own sessions, the current one marked. */
export const sessions = authedProcedure
  .input(z.object({}).optional())
  .output(z.object({ items: z.array(ZUserSession) }))
  .query(async ({ ctx }) => ({ items: await listUserSessions(ctx.em, ctx.actor.userId, ctx.actor.sessionId) }));
