import type { TRPCRouterRecord } from "@trpc/server";
import { get } from "./get.js";
import { impersonation } from "./impersonation.js";
import { update } from "./update.js";

export const settingsRouter = { get, impersonation, update } satisfies TRPCRouterRecord;
