import { z } from "zod";
import { ZEvent, ZEventFilter, ZPageInput } from "@roster/core";
import { listEvents } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The User events tab: what the user did and what was done to them. Events need `view_event` too. */
export const events = objectPermissionProcedure("view_user")
  .input(ZEventFilter.omit({ userId: true, username: true }).extend({ userId: z.uuid() }).extend(ZPageInput.shape))
  .output(z.object({ items: z.array(ZEvent), nextCursor: z.string().nullable() }))
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    requirePermission(ctx.actor, "view_event");
    return listEvents(ctx.em, input);
  });
