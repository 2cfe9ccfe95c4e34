import { ZDeleteIdsInput } from "@roster/core";
import { authenticatorOwners, deleteAuthenticators } from "@roster/db";
import { z } from "zod";
import { authedProcedure } from "../../trpc.js";
import { requireOwnerOrChangeUser } from "./owner-rights.js";

/** Removes MFA devices: the owner's own, or others' with `change_user` on each owner. */
export const deleteMany = authedProcedure
  .meta({ permission: "change_user" })
  .input(ZDeleteIdsInput("authenticator"))
  .output(z.object({ deleted: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requireOwnerOrChangeUser(ctx.actor, await authenticatorOwners(ctx.em, input.ids));
    return { deleted: await deleteAuthenticators(ctx.em, ctx.actor, input.ids) };
  });
