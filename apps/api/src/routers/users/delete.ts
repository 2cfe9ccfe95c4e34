import { ZIds } from "@roster/core";
import { z } from "zod";
import { deleteUsers } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const deleteMany = objectPermissionProcedure("delete_user")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.ids) requirePermission(ctx.actor, "delete_user", { type: "user", id });
    return { deleted: await deleteUsers(ctx.em, ctx.actor, input.ids) };
  });
