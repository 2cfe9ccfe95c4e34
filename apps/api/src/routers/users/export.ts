import { ZUserExportInput, ZUserExportResult } from "@roster/core";
import { createUserExport } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** Starts a CSV export of what `users.list` lists for these filters; the worker builds the file. */
export const exportUsers = permissionProcedure("view_user")
  .input(ZUserExportInput)
  .output(ZUserExportResult)
  .mutation(({ ctx, input }) => createUserExport(ctx.em, ctx.actor, input));
