import { ZUnlockResult, ZWorkerIds } from "@roster/core";
import { unlockWorkers } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Gives the jobs of gone workers back to the queue; a worker still seen is refused. */
export const unlockWorkersProcedure = permissionProcedure("run_systemtask")
  .input(ZWorkerIds)
  .output(ZUnlockResult)
  .mutation(({ ctx, input }) => unlockWorkers(ctx.em, ctx.actor, input.ids));
