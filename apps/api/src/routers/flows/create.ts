import { ZFlowCreate, ZFlowDetail } from "@roster/core";
import { createFlow } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

export const create = permissionProcedure("add_flow")
  .input(ZFlowCreate)
  .output(ZFlowDetail)
  .mutation(({ ctx, input }) => createFlow(ctx.em, ctx.actor, input));
