import { z } from "zod";
import { listPaths } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Distinct user paths, sorted: feeds the User folders tree. */
export const paths = permissionProcedure("view_user")
  .input(z.object({ query: z.string().max(200).optional() }).optional())
  .output(z.object({ paths: z.array(z.string()) }))
  .query(async ({ ctx, input }) => ({ paths: await listPaths(ctx.em, input?.query) }));
