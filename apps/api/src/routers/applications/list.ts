import { pageOutput, ZApplication, ZApplicationListInput } from "@roster/core";
import { listApplications } from "@roster/db";
import { objectPermissionProcedure } from "../../trpc.js";

/** A caller who may view some applications only sees those. */
export const list = objectPermissionProcedure("view_application", "application")
  .input(ZApplicationListInput)
  .output(pageOutput(ZApplication))
  .query(({ ctx, input }) => listApplications(ctx.em, { ...input, onlyIds: ctx.visibleIds }));
