import { z } from "zod";
import { pageOutput, ZCount, ZGroup, ZGroupListInput } from "@roster/core";
import { listGroups } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** A caller who may view some groups only sees those; `withCount` also counts every match (the pickers' "20 of 34"). */
export const list = objectPermissionProcedure("view_group", "group")
  .input(ZGroupListInput.extend({ withCount: z.boolean().optional() }))
  .output(pageOutput(ZGroup).extend({ count: ZCount.nullable() }))
  .query(({ ctx, input }) => listGroups(ctx.em, { ...input, onlyIds: ctx.visibleIds }));
