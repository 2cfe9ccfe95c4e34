import { ZSettings } from "@roster/core";
import { readSettings } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const get = permissionProcedure("view_settings")
  .output(ZSettings)
  .query(({ ctx }) => readSettings(ctx.em));
