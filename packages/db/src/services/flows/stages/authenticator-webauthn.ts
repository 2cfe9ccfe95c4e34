/** Registers a passkey or security key for the proven user: creation options out, the browser's registration response back. */
import { mfaMessages } from "@roster/core";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { registerCredential, registrationOptions } from "../../authenticators/webauthn.js";
import { next, provenUser, requiresProof, type StageHandler } from "../stage-handler.js";
import { relyingParty } from "./relying-party.js";

export const authenticatorWebauthnStage: StageHandler = {
  requirement: requiresProof(mfaMessages.signInFirst),

  async challenge(context) {
    const user = provenUser(context);
    const options = await registrationOptions(context.em, await relyingParty(context), user);
    context.scratch.setup = { ...context.scratch.setup, webauthnChallenge: options.challenge };
    return { registration: options as unknown as Record<string, unknown> };
  },

  async respond(context, response) {
    const { em, scratch } = context;
    const user = provenUser(context);
    const registration = response.registration;
    const challenge = scratch.setup?.webauthnChallenge;
    if (!registration || typeof registration !== "object") return { kind: "retry", fieldErrors: { registration: ["This field is required."] } };
    if (!challenge || !(await registerCredential(em, await relyingParty(context), user.id, challenge, registration as RegistrationResponseJSON))) {
      return { kind: "retry", error: mfaMessages.registrationInvalid };
    }
    scratch.setup = { ...scratch.setup, webauthnChallenge: undefined };
    return next;
  },
};
