import { ZUserStats } from "@roster/core";
import { readUserStats } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** User statistics: counts over every user, so `view_user` globally. */
export const users = permissionProcedure("view_user")
  .output(ZUserStats)
  .query(({ ctx }) => readUserStats(ctx.em));
