import { ZUserConsentPage, ZUserRecordsInput } from "@roster/core";
import { listUserConsents } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The user page's Explicit consent tab. */
export const consents = objectPermissionProcedure("view_user")
  .input(ZUserRecordsInput)
  .output(ZUserConsentPage)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return listUserConsents(ctx.em, input);
  });
