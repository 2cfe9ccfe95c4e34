import { z } from "zod";
import { ZIds } from "@roster/core";
import { bindingApplicationIds, deleteBindings } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const deleteMany = objectPermissionProcedure("change_application")
  .input(ZIds)
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of await bindingApplicationIds(ctx.em, input.ids)) requirePermission(ctx.actor, "change_application", { type: "application", id });
    return { deleted: await deleteBindings(ctx.em, ctx.actor, input.ids) };
  });
