import { pageOutput, ZRole, ZRoleListInput } from "@roster/core";
import { listRoles } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** A caller who may view some roles only sees those. */
export const list = objectPermissionProcedure("view_role")
  .input(ZRoleListInput)
  .output(pageOutput(ZRole))
  .query(({ ctx, input }) => {
    const { permissions } = ctx.actor;
    return listRoles(ctx.em, { ...input, onlyIds: permissions.has("view_role") ? null : permissions.objectIds("view_role", "role") });
  });
