/** Sets up an authenticator app: shows the `otpauth://` URL and secret, and confirms the device with a first code. */
import { mfaMessages } from "@roster/core";
import { acceptTotpCode, deviceSeed, startTotpSetup, totpConfigUrl } from "../../authenticators/totp.js";
import { confirmDevice } from "../../authenticators/devices.js";
import { next, type StageHandler } from "../stage-handler.js";
import { enterAsEnrollingUser, relyingParty, requireEnrollingUser } from "./enrolling-user.js";

export const authenticatorTotpStage: StageHandler = {
  enter: enterAsEnrollingUser,

  async challenge(context) {
    const { em, state, secretKey } = context;
    const user = await requireEnrollingUser(context);
    const { name: issuer } = await relyingParty(context);
    const pending = typeof state.data.totpDeviceId === "string" ? state.data.totpDeviceId : null;
    const seed = pending ? await deviceSeed(em, pending, user.id, secretKey) : null;
    if (seed) return { secret: seed, configUrl: totpConfigUrl(issuer, user.username, seed) };
    const setup = await startTotpSetup(em, { userId: user.id, username: user.username, issuer, secretKey });
    state.data = { ...state.data, totpDeviceId: setup.deviceId };
    return { secret: setup.secret, configUrl: setup.configUrl };
  },

  async respond(context, response) {
    const { em, state, secretKey } = context;
    const user = await requireEnrollingUser(context);
    const code = typeof response.code === "string" ? response.code.replace(/\s/g, "") : "";
    if (!code) return { kind: "retry", fieldErrors: { code: ["This field may not be blank."] } };
    const deviceId = typeof state.data.totpDeviceId === "string" ? state.data.totpDeviceId : null;
    if (!deviceId || !(await acceptTotpCode(em, deviceId, user.id, code, secretKey))) return { kind: "retry", error: mfaMessages.setupCodeInvalid };
    await confirmDevice(em, deviceId, user.id);
    state.data = { ...state.data, totpDeviceId: null };
    return next;
  },
};
