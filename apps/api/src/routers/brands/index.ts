import type { TRPCRouterRecord } from "@trpc/server";
import { create } from "./create.js";
import { current } from "./current.js";
import { deleteMany } from "./delete.js";
import { get } from "./get.js";
import { list } from "./list.js";
import { update } from "./update.js";

export const brandsRouter = {
  list,
  get,
  current,
  create,
  update,
  delete: deleteMany,
} satisfies TRPCRouterRecord;
