import { ZStageListItem, ZStageUpdate } from "@roster/core";
import { updateStage } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const update = permissionProcedure("change_stage")
  .input(ZStageUpdate)
  .output(ZStageListItem)
  .mutation(({ ctx, input }) => updateStage(ctx.em, ctx.actor, input));
