import type { TRPCRouterRecord } from "@trpc/server";
import { deleteMany } from "./delete.js";
import { get } from "./get.js";
import { list } from "./list.js";

export const exportsRouter = {
  list,
  get,
  delete: deleteMany,
} satisfies TRPCRouterRecord;
