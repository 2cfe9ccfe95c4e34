import { ZJobActionResult, ZJobIds } from "@roster/core";
import { deleteJobs } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Removes the jobs from the queue; running jobs are left alone and counted. */
export const deleteMany = permissionProcedure("run_systemtask")
  .input(ZJobIds)
  .output(ZJobActionResult)
  .mutation(({ ctx, input }) => deleteJobs(ctx.em, ctx.actor, input.ids));
