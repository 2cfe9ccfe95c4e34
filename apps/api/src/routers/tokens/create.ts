import { ZTokenCreate, ZTokenWithKey } from "@roster/core";
import { createToken } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** The key is in this answer only; the database keeps its SHA-256. */
export const create = permissionProcedure("add_token")
  .input(ZTokenCreate)
  .output(ZTokenWithKey)
  .mutation(({ ctx, input }) => createToken(ctx.em, ctx.actor, input));
