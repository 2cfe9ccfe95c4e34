import { ZIds } from "@roster/core";
import { z } from "zod";
import { setUsersActive } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const setActive = objectPermissionProcedure("change_user")
  .input(ZIds.extend({ isActive: z.boolean() }))
  .output(z.object({ updated: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.ids) requirePermission(ctx.actor, "change_user", { type: "user", id });
    const changed = await setUsersActive(ctx.em, ctx.actor, input.ids, input.isActive);
    return { updated: changed.length };
  });
