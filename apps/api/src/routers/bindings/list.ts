import { z } from "zod";
import { ZPolicyBinding, ZPolicyBindingListInput } from "@roster/core";
import { listBindings } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const list = objectPermissionProcedure("view_application")
  .input(ZPolicyBindingListInput)
  .output(z.object({ items: z.array(ZPolicyBinding) }))
  .query(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "view_application", { type: "application", id: input.applicationId });
    return { items: await listBindings(ctx.em, input.applicationId) };
  });
