import { z } from "zod";
import { ZUserSession } from "@roster/core";
import { listUserSessions } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const sessions = objectPermissionProcedure("view_user")
  .input(z.object({ userId: z.uuid() }))
  .output(z.object({ items: z.array(ZUserSession) }))
  .query(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return { items: await listUserSessions(ctx.em, input.userId, ctx.actor.sessionId) };
  });
