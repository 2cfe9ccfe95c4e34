import { ZNotificationListInput, ZNotificationPage } from "@roster/core";
import { listNotifications } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

/** The caller's own notifications, newest first, with the unseen count for the bell. */
export const list = authedProcedure
  .input(ZNotificationListInput)
  .output(ZNotificationPage)
  .query(({ ctx, input }) => listNotifications(ctx.em, ctx.actor.userId, input));
