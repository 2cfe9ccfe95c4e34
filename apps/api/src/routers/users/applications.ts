import { pageOutput, ZUserApplication, ZUserApplicationsInput } from "@roster/core";
import { listUserApplications } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The user page's Applications tab: what that user may access. */
export const applications = objectPermissionProcedure("view_user_applications")
  .input(ZUserApplicationsInput)
  .output(pageOutput(ZUserApplication))
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user_applications", { type: "user", id: input.userId });
    return listUserApplications(ctx.em, input);
  });
