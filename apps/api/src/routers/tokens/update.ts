import { ZToken, ZTokenUpdate } from "@roster/core";
import { updateToken } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const update = permissionProcedure("change_token")
  .input(ZTokenUpdate)
  .output(ZToken)
  .mutation(({ ctx, input }) => updateToken(ctx.em, ctx.actor, input));
