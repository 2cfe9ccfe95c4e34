import { ZCheckAccessInput, ZCheckAccessResult } from "@roster/core";
import { checkAccess as checkUserAccess } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The verdict names the user's groups, so the caller must also be allowed to view that user. */
export const checkAccess = objectPermissionProcedure("view_application")
  .input(ZCheckAccessInput)
  .output(ZCheckAccessResult)
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_application", { type: "application", id: input.id });
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return checkUserAccess(ctx.em, input.id, input.userId);
  });
