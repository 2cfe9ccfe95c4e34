import type { TRPCRouterRecord } from "@trpc/server";
import { create } from "./create.js";

export const serviceAccountsRouter = { create } satisfies TRPCRouterRecord;
