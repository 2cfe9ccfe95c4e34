import { z } from "zod";
import { ZToken } from "@roster/core";
import { getToken } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const get = permissionProcedure("view_token")
  .input(z.object({ id: z.uuid() }))
  .output(ZToken)
  .query(({ ctx, input }) => getToken(ctx.em, input.id));
