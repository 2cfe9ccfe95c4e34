import type { TRPCRouterRecord } from "@trpc/server";
import { deleteMany } from "./delete.js";

export const refreshTokensRouter = { delete: deleteMany } satisfies TRPCRouterRecord;
