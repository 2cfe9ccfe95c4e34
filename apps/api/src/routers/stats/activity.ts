import { ZActivity, ZActivityInput } from "@roster/core";
import { readActivity } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Events per hour (24h) or day (30d) and action, over the whole installation: the audit log's permission. */
export const activity = permissionProcedure("view_event")
  .input(ZActivityInput)
  .output(ZActivity)
  .query(({ ctx, input }) => readActivity(ctx.em, input));
