import { pageOutput, ZStageListInput, ZStageListItem } from "@roster/core";
import { listStages } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const list = permissionProcedure("view_stage")
  .input(ZStageListInput)
  .output(pageOutput(ZStageListItem))
  .query(({ ctx, input }) => listStages(ctx.em, input));
