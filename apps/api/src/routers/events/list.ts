import { pageOutput, ZEvent, ZEventListInput } from "@roster/core";
import { listEvents } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** The audit log, newest first. */
export const list = permissionProcedure("view_event")
  .input(ZEventListInput)
  .output(pageOutput(ZEvent))
  .query(({ ctx, input }) => listEvents(ctx.em, input));
