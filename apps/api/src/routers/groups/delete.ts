import { ZIds } from "@roster/core";
import { z } from "zod";
import { deleteGroups } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const deleteMany = objectPermissionProcedure("delete_group")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.ids) requirePermission(ctx.actor, "delete_group", { type: "group", id });
    return { deleted: await deleteGroups(ctx.em, ctx.actor, input.ids) };
  });
