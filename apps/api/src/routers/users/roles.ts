import { z } from "zod";
import { assignRolesToUser, listUserRoles, unassignRolesFromUser } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

const ZRoleSummary = z.object({ id: z.uuid(), name: z.string() });
const ZRoleChange = z.object({ userId: z.uuid(), roleIds: z.array(z.uuid()).min(1, "Select at least one role.").max(500) });

export const roles = objectPermissionProcedure("view_user")
  .input(z.object({ userId: z.uuid() }))
  .output(z.object({ assigned: z.array(ZRoleSummary), all: z.array(z.object({ role: ZRoleSummary, inherited: z.boolean(), via: z.array(z.string()) })) }))
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_user", { type: "user", id: input.userId });
    return listUserRoles(ctx.em, input.userId);
  });

/** Giving a user a role changes that user: `change_user` on the user. */
export const assignRoles = objectPermissionProcedure("change_user")
  .input(ZRoleChange)
  .output(z.object({ assigned: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "change_user", { type: "user", id: input.userId });
    return { assigned: await assignRolesToUser(ctx.em, ctx.actor, input.userId, input.roleIds) };
  });

export const unassignRoles = objectPermissionProcedure("change_user")
  .input(ZRoleChange)
  .output(z.object({ unassigned: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    requirePermission(ctx.actor, "change_user", { type: "user", id: input.userId });
    return { unassigned: await unassignRolesFromUser(ctx.em, ctx.actor, input.userId, input.roleIds) };
  });
