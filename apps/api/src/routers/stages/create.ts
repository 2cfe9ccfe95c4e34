import { ZStageCreate, ZStageListItem } from "@roster/core";
import { createStage } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const create = permissionProcedure("add_stage")
  .input(ZStageCreate)
  .output(ZStageListItem)
  .mutation(({ ctx, input }) => createStage(ctx.em, ctx.actor, input));
