import { ZSettings, ZSettingsUpdate } from "@roster/core";
import { updateSettings } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const update = permissionProcedure("change_settings")
  .input(ZSettingsUpdate)
  .output(ZSettings)
  .mutation(({ ctx, input }) => updateSettings(ctx.em, ctx.actor, input));
