import { ZRunNowInput, ZRunNowResult } from "@roster/core";
import { runTaskNow } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Queues one run of a scheduled task now. */
export const runNow = permissionProcedure("run_systemtask")
  .input(ZRunNowInput)
  .output(ZRunNowResult)
  .mutation(({ ctx, input }) => runTaskNow(ctx.em, ctx.actor, input.task));
