import { pageOutput, ZGroup, ZGroupListInput } from "@roster/core";
import { listGroups } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** A caller who may view some groups only sees those. */
export const list = objectPermissionProcedure("view_group")
  .input(ZGroupListInput)
  .output(pageOutput(ZGroup))
  .query(({ ctx, input }) => {
    const { permissions } = ctx.actor;
    return listGroups(ctx.em, { ...input, onlyIds: permissions.has("view_group") ? null : permissions.objectIds("view_group", "group") });
  });
