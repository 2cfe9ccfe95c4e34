import { ZServiceAccountCreate, ZServiceAccountCreated } from "@roster/core";
import { createServiceAccount } from "@roster/db";
import { permissionProcedure, requirePermission } from "../../trpc.js";

/** A service-account user and its API token; the key is in this answer only. */
export const create = permissionProcedure("add_user")
  .input(ZServiceAccountCreate)
  .output(ZServiceAccountCreated)
  .mutation(({ ctx, input }) => {
    if (input.createGroup) requirePermission(ctx.actor, "add_group");
    return createServiceAccount(ctx.em, ctx.actor, input);
  });
