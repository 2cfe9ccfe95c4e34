import type { StageContext } from "../stage-handler.js";

/** The flow was entered through a recovery link: the person is already identified and verified. */
export function enteredViaToken({ state }: Pick<StageContext, "state">): boolean {
  return state.data.viaToken === true;
}
