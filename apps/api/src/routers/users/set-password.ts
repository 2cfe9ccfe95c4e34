import { z } from "zod";
import { setPassword as setUserPassword } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const setPassword = objectPermissionProcedure("reset_user_password")
  .input(z.object({ id: z.uuid(), password: z.string().max(1024, "The password may not be longer than 1,024 characters.") }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "reset_user_password", { type: "user", id: input.id });
    await setUserPassword(ctx.em, ctx.actor, input.id, input.password);
    return { ok: true as const };
  });
