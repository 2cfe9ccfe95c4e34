import type { TRPCRouterRecord } from "@trpc/server";
import { create } from "./create.js";
import { deleteMany } from "./delete.js";
import { list } from "./list.js";
import { update } from "./update.js";

export const bindingsRouter = {
  list,
  create,
  update,
  delete: deleteMany,
} satisfies TRPCRouterRecord;
