import { z } from "zod";
import { startImpersonation } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** The checks and their order live in the service (permission, setting, self, reason). */
export const impersonate = objectPermissionProcedure("impersonate")
  .input(z.object({ id: z.uuid(), reason: z.string().max(500).optional() }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await startImpersonation(ctx.em, ctx.actor, input.id, input.reason);
    return { ok: true as const };
  });
