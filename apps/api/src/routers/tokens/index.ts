import type { TRPCRouterRecord } from "@trpc/server";
import { create } from "./create.js";
import { deleteMany } from "./delete.js";
import { get } from "./get.js";
import { list } from "./list.js";
import { update } from "./update.js";

export const tokensRouter = { list, get, create, update, delete: deleteMany } satisfies TRPCRouterRecord;
