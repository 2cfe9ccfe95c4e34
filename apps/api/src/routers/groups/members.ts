import { pageOutput, ZGroupMember, ZGroupMembersInput } from "@roster/core";
import { listGroupMembers } from "@roster/db";
import { objectPermissionProcedure, requirePermission } from "../../trpc.js";

/** Direct members of a group, by username. */
export const members = objectPermissionProcedure("view_group")
  .input(ZGroupMembersInput)
  .output(pageOutput(ZGroupMember))
  .query(({ ctx, input }) => {
    requirePermission(ctx.actor, "view_group", { type: "group", id: input.groupId });
    return listGroupMembers(ctx.em, input);
  });
