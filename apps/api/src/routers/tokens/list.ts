import { pageOutput, ZToken, ZTokenListInput } from "@roster/core";
import { listTokens } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const list = permissionProcedure("view_token")
  .input(ZTokenListInput)
  .output(pageOutput(ZToken))
  .query(({ ctx, input }) => listTokens(ctx.em, input));
