/** Creates recovery codes: shows a fresh set of ten (shown this once), confirmed by `{}`; they replace any earlier set. */
import { confirmDevice } from "../../authenticators/devices.js";
import { dropOtherRecoveryCodes, startRecoveryCodes } from "../../authenticators/recovery-codes.js";
import { next, type StageHandler } from "../stage-handler.js";
import { enterAsEnrollingUser, requireEnrollingUser } from "./enrolling-user.js";

export const recoveryCodesExpiredMessage = "These recovery codes are no longer pending. Start again to get a new set.";

export const authenticatorStaticStage: StageHandler = {
  enter: enterAsEnrollingUser,

  async challenge(context) {
    const user = await requireEnrollingUser(context);
    // Codes are never stored in clear, so showing them again means a new set.
    const { deviceId, codes } = await startRecoveryCodes(context.em, user.id);
    context.state.data = { ...context.state.data, staticDeviceId: deviceId };
    return { codes };
  },

  async respond(context) {
    const { em, state } = context;
    const user = await requireEnrollingUser(context);
    const deviceId = typeof state.data.staticDeviceId === "string" ? state.data.staticDeviceId : null;
    if (!deviceId || !(await confirmDevice(em, deviceId, user.id))) return { kind: "retry", error: recoveryCodesExpiredMessage };
    await dropOtherRecoveryCodes(em, user.id, deviceId);
    state.data = { ...state.data, staticDeviceId: null };
    return next;
  },
};
