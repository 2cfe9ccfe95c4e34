import { z } from "zod";
import { createRecoveryLink as createLink } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Resetting credentials by link is a password reset: `reset_user_password` on the user. */
export const createRecoveryLink = objectPermissionProcedure("reset_user_password")
  .input(z.object({ id: z.uuid(), tokenDuration: z.number().int().min(60, "The link must be valid for at least 60 seconds.").max(30 * 24 * 3600, "The link may be valid for at most 30 days.").optional() }))
  .output(z.object({ link: z.string(), expiresAt: z.string() }))
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "reset_user_password", { type: "user", id: input.id });
    return createLink(ctx.em, ctx.actor, input.id, { host: ctx.origin.brand, publicUrl: ctx.app.publicUrl, tokenDuration: input.tokenDuration });
  });
