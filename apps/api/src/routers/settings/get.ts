import { ZSettings } from "@roster/core";
import { Settings, toSettings } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const get = permissionProcedure("view_settings")
  .output(ZSettings)
  .query(async ({ ctx }) => toSettings(await ctx.em.findOneOrFail(Settings, { id: 1 })));
