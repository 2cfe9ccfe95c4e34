import { z } from "zod";
import { ZIds } from "@roster/core";
import { deleteStages } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const deleteMany = permissionProcedure("delete_stage")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => ({ deleted: await deleteStages(ctx.em, ctx.actor, input.ids) }));
