import type { TRPCRouterRecord } from "@trpc/server";
import { deleteMany } from "./delete.js";

export const sessionsRouter = { delete: deleteMany } satisfies TRPCRouterRecord;
