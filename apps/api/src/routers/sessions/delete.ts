import { z } from "zod";
import { deleteSessions, sessionOwners } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Ending a user's sessions changes that user: `change_user` on each owner. */
export const deleteMany = objectPermissionProcedure("change_user")
  .input(z.object({ ids: z.array(z.uuid()).min(1, "Select at least one session.").max(1000) }))
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const owner of await sessionOwners(ctx.em, input.ids)) requirePermission(ctx.actor, "change_user", { type: "user", id: owner });
    return { deleted: await deleteSessions(ctx.em, ctx.actor, input.ids) };
  });
