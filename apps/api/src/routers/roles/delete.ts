import { ZIds } from "@roster/core";
import { z } from "zod";
import { deleteRoles } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const deleteMany = objectPermissionProcedure("delete_role")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.ids) requirePermission(ctx.actor, "delete_role", { type: "role", id });
    return { deleted: await deleteRoles(ctx.em, ctx.actor, input.ids) };
  });
