import { ZDataExport, ZExportGetInput } from "@roster/core";
import { getExport } from "@roster/db";
import { authedProcedure } from "../../trpc.js";
import { exportViewer } from "./viewer.js";

/** NOT_FOUND for someone else's export without `view_dataexport`, as for an unknown id. */
export const get = authedProcedure
  .input(ZExportGetInput)
  .output(ZDataExport)
  .query(({ ctx, input }) => getExport(ctx.em, exportViewer(ctx.actor), input.id));
