import type { TRPCRouterRecord } from "@trpc/server";
import { create } from "./create.js";
import { deleteMany } from "./delete.js";
import { get } from "./get.js";
import { list } from "./list.js";
import { newLink } from "./new-link.js";
import { send } from "./send.js";
import { update } from "./update.js";

export const invitationsRouter = { list, get, create, update, delete: deleteMany, newLink, send } satisfies TRPCRouterRecord;
