import { z } from "zod";
import { ZFlowExamples } from "@roster/core";
import { listFlowExamples } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** The blueprints shipped with Roster, to import from the console. */
export const examples = permissionProcedure("view_flow")
  .input(z.object({}).optional())
  .output(ZFlowExamples)
  .query(async () => ({ items: await listFlowExamples() }));
