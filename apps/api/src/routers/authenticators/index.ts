import type { TRPCRouterRecord } from "@trpc/server";
import { deleteMany } from "./delete.js";
import { mine } from "./mine.js";
import { rename } from "./rename.js";

export const authenticatorsRouter = { delete: deleteMany, mine, rename } satisfies TRPCRouterRecord;
