import { ZFlowExecuteInput, ZFlowResult } from "@roster/core";
import { deleteSessionById, executeFlow } from "@roster/db";
import { publicProcedure } from "../../trpc.js";

/** Drives a flow for this browser: the console's login and recovery pages are built on it. */
export const execute = publicProcedure
  .input(ZFlowExecuteInput)
  .output(ZFlowResult)
  .mutation(async ({ ctx, input }) => {
    const { result, flowCookie, effects } = await executeFlow(ctx.em, input, {
      flowCookie: ctx.flowCookie,
      origin: ctx.origin,
      currentSessionId: ctx.actor?.sessionId ?? null,
      publicUrl: ctx.app.publicUrl,
      deviceCookie: ctx.deviceCookie,
      secretKey: ctx.app.secretKey,
    });
    if (flowCookie) ctx.setFlowCookie(flowCookie);
    if (effects.sessionCookie) ctx.setSessionCookie(effects.sessionCookie);
    if (effects.deviceCookie) ctx.setDeviceCookie(effects.deviceCookie);
    if (effects.endSession && ctx.actor?.sessionId) {
      await deleteSessionById(ctx.em, ctx.actor.sessionId);
      ctx.setSessionCookie(null);
    }
    if (result.type !== "challenge") ctx.setFlowCookie(null);
    return result;
  });
