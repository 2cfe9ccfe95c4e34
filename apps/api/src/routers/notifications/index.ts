import type { TRPCRouterRecord } from "@trpc/server";
import { deleteMany } from "./delete.js";
import { list } from "./list.js";
import { markSeen } from "./mark-seen.js";

export const notificationsRouter = {
  list,
  markSeen,
  delete: deleteMany,
} satisfies TRPCRouterRecord;
