import { z } from "zod";
import { ZCount, ZPageInput, ZUser, ZUserListFilter } from "@roster/core";
import { listUsers } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const ZUserListInput = ZUserListFilter.extend(ZPageInput.shape).extend({
  /** Count the matches (the default); `false` skips the count and returns `count: null`, for pages that do not show it. */
  withCount: z.boolean().optional(),
});

export const list = permissionProcedure("view_user")
  .input(ZUserListInput)
  .output(z.object({ items: z.array(ZUser), nextCursor: z.string().nullable(), count: ZCount.nullable() }))
  .query(({ ctx, input }) => listUsers(ctx.em, input));
