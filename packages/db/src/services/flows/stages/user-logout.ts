/** Ends the session that runs the flow (invalidation flows). */
import { next, type StageHandler } from "../stage-handler.js";

export const userLogoutStage: StageHandler = {
  run(context) {
    context.effects.endSession = true;
    return Promise.resolve(next);
  },
};
