import { ZAuthenticator, ZAuthenticatorRenameInput } from "@roster/core";
import { authenticatorOwners, renameAuthenticator } from "@roster/db";
import { authedProcedure } from "../../trpc.js";
import { requireOwnerOrChangeUser } from "./owner-rights.js";

export const rename = authedProcedure
  .meta({ permission: "change_user" })
  .input(ZAuthenticatorRenameInput)
  .output(ZAuthenticator)
  .mutation(async ({ ctx, input }) => {
    requireOwnerOrChangeUser(ctx.actor, await authenticatorOwners(ctx.em, [input.id]));
    return renameAuthenticator(ctx.em, ctx.actor, input);
  });
