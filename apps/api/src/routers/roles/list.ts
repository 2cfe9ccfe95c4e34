import { z } from "zod";
import { pageOutput, ZCount, ZRole, ZRoleListInput } from "@roster/core";
import { listRoles } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** A caller who may view some roles only sees those; `withCount` also counts every match (the pickers' "20 of 34"). */
export const list = objectPermissionProcedure("view_role")
  .input(ZRoleListInput.extend({ withCount: z.boolean().optional() }))
  .output(pageOutput(ZRole).extend({ count: ZCount.nullable() }))
  .query(({ ctx, input }) => {
    const { permissions } = ctx.actor;
    return listRoles(ctx.em, { ...input, onlyIds: permissions.has("view_role") ? null : permissions.objectIds("view_role", "role") });
  });
