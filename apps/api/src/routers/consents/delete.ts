import { ZDeleteIdsInput } from "@roster/core";
import { deleteOwnedRecords, ownedRecordOwners } from "@roster/db";
import { z } from "zod";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Deleting a user's consents changes that user (the next authorization asks again): `change_user` on each owner. */
export const deleteMany = objectPermissionProcedure("change_user")
  .input(ZDeleteIdsInput("consent"))
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const owner of await ownedRecordOwners(ctx.em, "user_consent", input.ids)) requirePermission(ctx.actor, "change_user", { type: "user", id: owner });
    return { deleted: await deleteOwnedRecords(ctx.em, ctx.actor, "user_consent", input.ids) };
  });
