import { ZSchedule } from "@roster/core";
import { z } from "zod";
import { listSchedules } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** The cron tasks with their crontab, last run and next run. */
export const schedules = permissionProcedure("view_systemtask")
  .output(z.object({ items: z.array(ZSchedule) }))
  .query(async ({ ctx }) => ({ items: await listSchedules(ctx.em) }));
