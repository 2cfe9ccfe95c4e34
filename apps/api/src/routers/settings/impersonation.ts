import { ZImpersonationSettings } from "@roster/core";
import { readSettings } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/**
 * The two impersonation settings, for whoever may impersonate someone (globally or on one user):
 * the Impersonate dialog marks the reason required or optional from them without `view_settings`.
 */
export const impersonation = objectPermissionProcedure("impersonate")
  .output(ZImpersonationSettings)
  .query(async ({ ctx }) => {
    const { impersonation: enabled, impersonationRequireReason } = await readSettings(ctx.em);
    return { impersonation: enabled, impersonationRequireReason };
  });
