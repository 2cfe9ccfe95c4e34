import type { TRPCRouterRecord } from "@trpc/server";
import { deleteMany } from "./delete.js";

export const consentsRouter = { delete: deleteMany } satisfies TRPCRouterRecord;
