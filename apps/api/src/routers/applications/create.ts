import { ZApplicationCreate, ZApplicationWithSecret } from "@roster/core";
import { clientSecretSealing, createApplication } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** With a confidential OAuth provider, the client secret is in the answer this once. */
export const create = permissionProcedure("add_application")
  .input(ZApplicationCreate)
  .output(ZApplicationWithSecret)
  .mutation(({ ctx, input }) => createApplication(ctx.em, ctx.actor, clientSecretSealing(ctx.app.secretKey), input));
