import { z } from "zod";
import { permissionCatalogue, ZPermissionInfo } from "@roster/core";
import { objectPermissionProcedure } from "../../trpc.js";

/** Every codename, for the role editor: open to anyone who may view roles, even one role. */
export const list = objectPermissionProcedure("view_role")
  .input(z.object({}).optional())
  .output(z.object({ items: z.array(ZPermissionInfo) }))
  .query(() => ({ items: permissionCatalogue() }));
