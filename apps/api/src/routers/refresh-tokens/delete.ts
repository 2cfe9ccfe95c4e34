import { ZDeleteIdsInput } from "@roster/core";
import { deleteOwnedRecords, ownedRecordOwners } from "@roster/db";
import { z } from "zod";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Deleting a user's refresh tokens changes that user (the next refresh with one fails): `change_user` on each owner. */
export const deleteMany = objectPermissionProcedure("change_user")
  .input(ZDeleteIdsInput("refresh token"))
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const owner of await ownedRecordOwners(ctx.em, "refresh_token", input.ids)) requirePermission(ctx.actor, "change_user", { type: "user", id: owner });
    return { deleted: await deleteOwnedRecords(ctx.em, ctx.actor, "refresh_token", input.ids) };
  });
