import { ZJobActionResult, ZJobIds } from "@roster/core";
import { cancelJobs } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Marks the jobs failed for good; running jobs are left alone and counted. */
export const cancel = permissionProcedure("run_systemtask")
  .input(ZJobIds)
  .output(ZJobActionResult)
  .mutation(({ ctx, input }) => cancelJobs(ctx.em, ctx.actor, input.ids));
