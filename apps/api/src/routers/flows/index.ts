import type { TRPCRouterRecord } from "@trpc/server";
import { execute } from "./execute.js";

export const flowsRouter = { execute } satisfies TRPCRouterRecord;
