import type { TRPCRouterRecord } from "@trpc/server";
import { create } from "./create.js";
import { deleteMany } from "./delete.js";
import { examples } from "./examples.js";
import { execute } from "./execute.js";
import { exportFlow } from "./export.js";
import { get } from "./get.js";
import { importFlow } from "./import.js";
import { importPlan } from "./import-plan.js";
import { list } from "./list.js";
import { signUp } from "./sign-up.js";
import { update } from "./update.js";

export const flowsRouter = {
  execute,
  list,
  get,
  create,
  update,
  delete: deleteMany,
  import: importFlow,
  importPlan,
  export: exportFlow,
  examples,
  signUp,
} satisfies TRPCRouterRecord;
