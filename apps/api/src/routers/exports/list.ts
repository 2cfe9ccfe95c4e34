import { pageOutput, ZDataExport, ZExportListInput } from "@roster/core";
import { listExports } from "@roster/db";
import { authedProcedure } from "../../trpc.js";
import { exportViewer } from "./viewer.js";

/** The caller's exports, or everyone's with `view_dataexport`; newest first. */
export const list = authedProcedure
  .input(ZExportListInput)
  .output(pageOutput(ZDataExport))
  .query(({ ctx, input }) => listExports(ctx.em, exportViewer(ctx.actor), input));
