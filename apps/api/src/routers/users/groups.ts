import { z } from "zod";
import { ZUserGroup } from "@roster/core";
import { listUserGroups } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** The user's direct groups. */
export const groups = objectPermissionProcedure("view_user")
  .input(z.object({ userId: z.uuid() }))
  .output(z.object({ items: z.array(ZUserGroup) }))
  .query(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return { items: await listUserGroups(ctx.em, input.userId) };
  });
