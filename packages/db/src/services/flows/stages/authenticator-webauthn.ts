/** Registers a passkey or security key: creation options out, the browser's registration response back. */
import { mfaMessages } from "@roster/core";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { registerCredential, registrationOptions } from "../../authenticators/webauthn.js";
import { next, type StageHandler } from "../stage-handler.js";
import { enterAsEnrollingUser, relyingParty, requireEnrollingUser } from "./enrolling-user.js";

export const authenticatorWebauthnStage: StageHandler = {
  enter: enterAsEnrollingUser,

  async challenge(context) {
    const user = await requireEnrollingUser(context);
    const options = await registrationOptions(context.em, await relyingParty(context), user);
    context.state.data = { ...context.state.data, webauthnChallenge: options.challenge };
    return { registration: options as unknown as Record<string, unknown> };
  },

  async respond(context, response) {
    const { em, state } = context;
    const user = await requireEnrollingUser(context);
    const registration = response.registration;
    const challenge = typeof state.data.webauthnChallenge === "string" ? state.data.webauthnChallenge : null;
    if (!registration || typeof registration !== "object") return { kind: "retry", fieldErrors: { registration: ["This field is required."] } };
    if (!challenge || !(await registerCredential(em, await relyingParty(context), user.id, challenge, registration as RegistrationResponseJSON))) {
      return { kind: "retry", error: mfaMessages.registrationInvalid };
    }
    state.data = { ...state.data, webauthnChallenge: null };
    return next;
  },
};
