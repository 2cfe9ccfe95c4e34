import { pageOutput, ZJob, ZJobListInput } from "@roster/core";
import { listJobs } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** The queue (graphile-worker's jobs view), newest first; filter by status, task or one job. */
export const list = permissionProcedure("view_systemtask")
  .input(ZJobListInput)
  .output(pageOutput(ZJob))
  .query(({ ctx, input }) => listJobs(ctx.em, input));
