import type { TRPCRouterRecord } from "@trpc/server";
import { create } from "./create.js";
import { deleteMany } from "./delete.js";
import { get } from "./get.js";
import { list } from "./list.js";
import { members } from "./members.js";
import { assignPermission } from "./assign-permission.js";
import { permissions } from "./permissions.js";
import { unassignPermission } from "./unassign-permission.js";
import { update } from "./update.js";

export const rolesRouter = {
  list,
  get,
  create,
  update,
  delete: deleteMany,
  members,
  permissions,
  assignPermission,
  unassignPermission,
} satisfies TRPCRouterRecord;
