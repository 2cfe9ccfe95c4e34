import type { TRPCRouterRecord } from "@trpc/server";
import { create } from "./create.js";
import { deleteMany } from "./delete.js";
import { get } from "./get.js";
import { list } from "./list.js";
import { addMembers } from "./add-members.js";
import { members } from "./members.js";
import { removeMembers } from "./remove-members.js";
import { update } from "./update.js";

export const groupsRouter = {
  list,
  get,
  create,
  update,
  delete: deleteMany,
  members,
  addMembers,
  removeMembers,
} satisfies TRPCRouterRecord;
