import type { TRPCRouterRecord } from "@trpc/server";
import { checkAccess } from "./check-access.js";
import { create } from "./create.js";
import { deleteMany } from "./delete.js";
import { get } from "./get.js";
import { list } from "./list.js";
import { mine } from "./mine.js";
import { rotateSecret } from "./rotate-secret.js";
import { update } from "./update.js";

export const applicationsRouter = {
  list,
  get,
  create,
  update,
  delete: deleteMany,
  checkAccess,
  mine,
  rotateSecret,
} satisfies TRPCRouterRecord;
