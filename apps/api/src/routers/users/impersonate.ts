import { z } from "zod";
import { impersonate as impersonateUser } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** The rules and their order: @roster/core impersonation/rules.ts; the service applies them. */
export const impersonate = objectPermissionProcedure("impersonate")
  .input(z.object({ id: z.uuid(), reason: z.string().max(500).optional() }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await impersonateUser(ctx.em, ctx.actor, input.id, input.reason);
    return { ok: true as const };
  });
