import { z } from "zod";
import { addUserToGroups, listUserGroups, removeUserFromGroups } from "@roster/db";
import { objectPermissionProcedure, permissionProcedure, requirePermission } from "../../trpc.js";

const ZUserGroup = z.object({ id: z.uuid(), name: z.string(), isSuperuser: z.boolean(), parents: z.array(z.string()) });
const ZMembershipChange = z.object({ userId: z.uuid(), groupIds: z.array(z.uuid()).min(1, "Select at least one group.").max(500) });

export const groups = objectPermissionProcedure("view_user")
  .input(z.object({ userId: z.uuid() }))
  .output(z.object({ items: z.array(ZUserGroup) }))
  .query(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return { items: await listUserGroups(ctx.em, input.userId) };
  });

export const addToGroups = permissionProcedure("add_user_to_group")
  .input(ZMembershipChange)
  .output(z.object({ added: z.number().int() }))
  .mutation(async ({ ctx, input }) => ({ added: await addUserToGroups(ctx.em, ctx.actor, input.userId, input.groupIds) }));

export const removeFromGroups = permissionProcedure("remove_user_from_group")
  .input(ZMembershipChange)
  .output(z.object({ removed: z.number().int() }))
  .mutation(async ({ ctx, input }) => ({ removed: await removeUserFromGroups(ctx.em, ctx.actor, input.userId, input.groupIds) }));
