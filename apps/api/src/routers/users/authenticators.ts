import { ZAuthenticatorPage, ZUserRecordsInput } from "@roster/core";
import { listAuthenticators } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The user page's MFA Authenticators tab. */
export const authenticators = objectPermissionProcedure("view_user")
  .input(ZUserRecordsInput)
  .output(ZAuthenticatorPage)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return listAuthenticators(ctx.em, input);
  });
