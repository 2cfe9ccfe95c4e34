import { z } from "zod";
import { pageOutput, ZCount, ZRole, ZRoleListInput } from "@roster/core";
import { listRoles } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** A caller who may view some roles only sees those; `withCount` also counts every match (the pickers' "20 of 34"). */
export const list = objectPermissionProcedure("view_role", "role")
  .input(ZRoleListInput.extend({ withCount: z.boolean().optional() }))
  .output(pageOutput(ZRole).extend({ count: ZCount.nullable() }))
  .query(({ ctx, input }) => listRoles(ctx.em, { ...input, onlyIds: ctx.visibleIds }));
