/** Sets up an authenticator app for the proven user: shows the `otpauth://` URL and secret, and confirms the device with a first code. */
import { mfaMessages } from "@roster/core";
import { acceptTotpCode, deviceSeed, startTotpSetup, totpConfigUrl } from "../../authenticators/totp.js";
import { confirmDevice } from "../../authenticators/devices.js";
import { next, provenUser, requiresProof, type StageHandler } from "../stage-handler.js";
import { relyingParty } from "./relying-party.js";

export const authenticatorTotpStage: StageHandler = {
  requirement: requiresProof(mfaMessages.signInFirst),

  async challenge(context) {
    const { em, scratch, secretKey } = context;
    const user = provenUser(context);
    const { name: issuer } = await relyingParty(context);
    const pending = scratch.setup?.totpDeviceId;
    const seed = pending ? await deviceSeed(em, pending, user.id, secretKey) : null;
    if (seed) return { secret: seed, configUrl: totpConfigUrl(issuer, user.username, seed) };
    const setup = await startTotpSetup(em, { userId: user.id, username: user.username, issuer, secretKey });
    scratch.setup = { ...scratch.setup, totpDeviceId: setup.deviceId };
    return { secret: setup.secret, configUrl: setup.configUrl };
  },

  async respond(context, response) {
    const { em, scratch, secretKey } = context;
    const user = provenUser(context);
    const code = typeof response.code === "string" ? response.code.replace(/\s/g, "") : "";
    if (!code) return { kind: "retry", fieldErrors: { code: ["This field may not be blank."] } };
    const deviceId = scratch.setup?.totpDeviceId;
    if (!deviceId || !(await acceptTotpCode(em, deviceId, user.id, code, secretKey))) return { kind: "retry", error: mfaMessages.setupCodeInvalid };
    await confirmDevice(em, deviceId, user.id);
    scratch.setup = { ...scratch.setup, totpDeviceId: undefined };
    return next;
  },
};
