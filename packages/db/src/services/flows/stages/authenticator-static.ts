/** Creates recovery codes for the proven user: shows a fresh set of ten (shown this once), confirmed by `{}`; they replace any earlier set. */
import { mfaMessages } from "@roster/core";
import { confirmDevice } from "../../authenticators/devices.js";
import { dropOtherRecoveryCodes, startRecoveryCodes } from "../../authenticators/recovery-codes.js";
import { flowMessages } from "../flow-messages.js";
import { next, provenUser, requiresProof, type StageHandler } from "../stage-handler.js";

export const authenticatorStaticStage: StageHandler = {
  requirement: requiresProof(mfaMessages.signInFirst),

  async challenge(context) {
    const user = provenUser(context);
    // Codes are never stored in clear, so showing them again means a new set.
    const { deviceId, codes } = await startRecoveryCodes(context.em, user.id);
    context.scratch.setup = { ...context.scratch.setup, staticDeviceId: deviceId };
    return { codes };
  },

  async respond(context) {
    const { em, scratch } = context;
    const user = provenUser(context);
    const deviceId = scratch.setup?.staticDeviceId;
    if (!deviceId || !(await confirmDevice(em, deviceId, user.id))) return { kind: "retry", error: flowMessages.recoveryCodesExpired };
    await dropOtherRecoveryCodes(em, user.id, deviceId);
    scratch.setup = { ...scratch.setup, staticDeviceId: undefined };
    return next;
  },
};
