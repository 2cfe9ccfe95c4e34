import type { TRPCRouterRecord } from "@trpc/server";
import { activity } from "./activity.js";
import { overview } from "./overview.js";
import { users } from "./users.js";

export const statsRouter = { overview, activity, users } satisfies TRPCRouterRecord;
