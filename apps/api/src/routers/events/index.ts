import type { TRPCRouterRecord } from "@trpc/server";
import { list } from "./list.js";

export const eventsRouter = { list } satisfies TRPCRouterRecord;
