import { ZWorkerList } from "@roster/core";
import { listWorkers } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Every worker process with its last heartbeat; one silent for a minute is gone. */
export const workers = permissionProcedure("view_systemtask")
  .output(ZWorkerList)
  .query(async ({ ctx }) => ({ items: await listWorkers(ctx.em) }));
