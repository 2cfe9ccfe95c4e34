import { ZJobActionResult, ZJobIds } from "@roster/core";
import { retryJobs } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Runs the jobs now (a failed one with fresh attempts); running jobs are left alone and counted. */
export const retry = permissionProcedure("run_systemtask")
  .input(ZJobIds)
  .output(ZJobActionResult)
  .mutation(({ ctx, input }) => retryJobs(ctx.em, ctx.actor, input.ids));
