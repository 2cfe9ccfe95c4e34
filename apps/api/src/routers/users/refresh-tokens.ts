import { ZUserRecordsInput, ZUserRefreshTokenPage } from "@roster/core";
import { listUserRefreshTokens } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The user page's OAuth Refresh Tokens tab. */
export const refreshTokens = objectPermissionProcedure("view_user")
  .input(ZUserRecordsInput)
  .output(ZUserRefreshTokenPage)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return listUserRefreshTokens(ctx.em, input);
  });
