import { pageOutput, ZJobHistoryInput, ZJobRun } from "@roster/core";
import { listJobHistory } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Finished runs of the last 30 days, newest first. */
export const history = permissionProcedure("view_systemtask")
  .input(ZJobHistoryInput)
  .output(pageOutput(ZJobRun))
  .query(({ ctx, input }) => listJobHistory(ctx.em, input));
