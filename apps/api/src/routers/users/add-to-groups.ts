import { z } from "zod";
import { ZUserGroupsChange } from "@roster/core";
import { addToGroups as addUserToGroups } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Membership rights may be granted on single groups, as for `groups.addMembers`. */
export const addToGroups = objectPermissionProcedure("add_user_to_group")
  .input(ZUserGroupsChange)
  .output(z.object({ added: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    for (const id of input.groupIds) requirePermission(ctx.actor, "add_user_to_group", { type: "group", id });
    return { added: await addUserToGroups(ctx.em, ctx.actor, input.userId, input.groupIds) };
  });
