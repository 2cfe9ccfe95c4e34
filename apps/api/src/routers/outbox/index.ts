import type { TRPCRouterRecord } from "@trpc/server";
import { list } from "./list.js";

export const outboxRouter = { list } satisfies TRPCRouterRecord;
