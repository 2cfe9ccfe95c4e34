import type { TRPCRouterRecord } from "@trpc/server";
import { cancel } from "./cancel.js";
import { deleteMany } from "./delete.js";
import { history } from "./history.js";
import { list } from "./list.js";
import { retry } from "./retry.js";
import { runNow } from "./run-now.js";
import { schedules } from "./schedules.js";
import { unlockWorkersProcedure } from "./unlock-workers.js";
import { workers } from "./workers.js";

export const tasksRouter = {
  list,
  retry,
  cancel,
  delete: deleteMany,
  schedules,
  runNow,
  history,
  workers,
  unlockWorkers: unlockWorkersProcedure,
} satisfies TRPCRouterRecord;
