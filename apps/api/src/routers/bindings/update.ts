import { ZPolicyBinding, ZPolicyBindingUpdate } from "@roster/core";
import { bindingApplicationIds, updateBinding } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

export const update = objectPermissionProcedure("change_application")
  .input(ZPolicyBindingUpdate)
  .output(ZPolicyBinding)
  .mutation(async ({ ctx, input }) => {
    for (const id of await bindingApplicationIds(ctx.em, [input.id])) requirePermission(ctx.actor, "change_application", { type: "application", id });
    return updateBinding(ctx.em, ctx.actor, input);
  });
