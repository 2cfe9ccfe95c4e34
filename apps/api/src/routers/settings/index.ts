import type { TRPCRouterRecord } from "@trpc/server";
import { get } from "./get.js";
import { update } from "./update.js";

export const settingsRouter = { get, update } satisfies TRPCRouterRecord;
