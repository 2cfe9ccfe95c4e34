import { ZPolicyBinding, ZPolicyBindingCreate } from "@roster/core";
import { createBinding } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const create = objectPermissionProcedure("change_application")
  .input(ZPolicyBindingCreate)
  .output(ZPolicyBinding)
  .mutation(({ ctx, input }) => {
    requirePermission(ctx.actor, "change_application", { type: "application", id: input.applicationId });
    return createBinding(ctx.em, ctx.actor, input);
  });
