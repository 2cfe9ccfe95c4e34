import { z } from "zod";
import { ZMyApplication } from "@roster/core";
import { listMyApplications } from "@roster/db";
import { authedProcedure } from "../../trpc.js";

/** My applications: what the caller may launch. Any signed-in user. */
export const mine = authedProcedure
  .input(z.object({}).optional())
  .output(z.object({ items: z.array(ZMyApplication) }))
  .query(async ({ ctx }) => ({ items: await listMyApplications(ctx.em, ctx.actor.userId) }));
