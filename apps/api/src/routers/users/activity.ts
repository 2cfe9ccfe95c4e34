import { ZActivity, ZUserActivityInput } from "@roster/core";
import { readUserActivity } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The user page's activity chart: counted from events, so `view_event` too, as for the User events tab. */
export const activity = objectPermissionProcedure("view_user")
  .input(ZUserActivityInput)
  .output(ZActivity)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    requirePermission(ctx.actor, "view_event");
    return readUserActivity(ctx.em, input);
  });
