/**
 * Sign-in's second factor (SPEC §12), for the user proven by the stages before it. A user with a
 * confirmed device of the stage's classes answers with a code (authenticator app or recovery code)
 * or a WebAuthn assertion; failures count in the sign-in throttle like wrong passwords; a success
 * adds the method to that same user's proof. MFA fails closed: a user whose devices are all of
 * classes this stage does not accept is refused, never let through. A user without any device is
 * let through (`skip`), refused (`deny`), or sent through setup first (`configure`, "require
 * MFA"): the stage then asks what the setup stage of `configureDeviceClass` asks, before any
 * session exists.
 */
import { deviceClasses, mfaMessages, ZAuthenticatorValidateSettings, type TAuthenticatorValidateSettings, type TDeviceChallenge, type TDeviceClass } from "@roster/core";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { giveBackLoginAttempt, reserveLoginAttempt } from "../../auth/login-throttle.js";
import { confirmedDeviceClasses, markDeviceUsed } from "../../authenticators/devices.js";
import { useRecoveryCode } from "../../authenticators/recovery-codes.js";
import { acceptTotpCodeOfUser } from "../../authenticators/totp.js";
import { authenticationOptions, verifyAssertion } from "../../authenticators/webauthn.js";
import { recordEvent } from "../../events/record-event.js";
import type { TProofMethod } from "../flow-context.js";
import { flowMessages } from "../flow-messages.js";
import { next, provenUser, requiresProof, type EntryOutcome, type StageContext, type StageHandler, type StageOutcome } from "../stage-handler.js";
import { authenticatorStaticStage } from "./authenticator-static.js";
import { authenticatorTotpStage } from "./authenticator-totp.js";
import { authenticatorWebauthnStage } from "./authenticator-webauthn.js";
import { loginAttemptOf } from "./login-attempt.js";
import { relyingParty } from "./relying-party.js";

const setupStages: Record<TDeviceClass, StageHandler> = {
  totp: authenticatorTotpStage,
  static: authenticatorStaticStage,
  webauthn: authenticatorWebauthnStage,
};

const proofOfClass: Record<TDeviceClass, TProofMethod> = { totp: "totp", static: "recovery_code", webauthn: "webauthn" };

const settingsOf = (context: StageContext): TAuthenticatorValidateSettings => ZAuthenticatorValidateSettings.parse(context.stage.settings);

/** The classes of the user's confirmed devices that this stage accepts. */
async function acceptedClasses(context: StageContext): Promise<TDeviceClass[]> {
  return confirmedDeviceClasses(context.em, provenUser(context).id, settingsOf(context).deviceClasses);
}

/** Checks the answer against the user's devices: the class that accepted it, or null. */
async function acceptedClass(context: StageContext, classes: TDeviceClass[], response: Record<string, unknown>): Promise<TDeviceClass | null> {
  const { em, scratch, secretKey } = context;
  const userId = provenUser(context).id;
  if (response.webauthn && typeof response.webauthn === "object") {
    const challenge = scratch.setup?.webauthnChallenge;
    if (!classes.includes("webauthn") || !challenge) return null;
    const deviceId = await verifyAssertion(em, await relyingParty(context), userId, challenge, response.webauthn as AuthenticationResponseJSON);
    return deviceId ? "webauthn" : null;
  }
  const code = typeof response.code === "string" ? response.code.trim() : "";
  if (classes.includes("totp")) {
    const deviceId = await acceptTotpCodeOfUser(em, userId, code.replace(/\s/g, ""), secretKey);
    if (deviceId) return "totp";
  }
  if (classes.includes("static")) {
    const deviceId = await useRecoveryCode(em, userId, code);
    if (deviceId) {
      await markDeviceUsed(em, deviceId);
      return "static";
    }
  }
  return null;
}

export const authenticatorValidateStage: StageHandler = {
  requirement: requiresProof(flowMessages.cannotSignIn),

  // A recovery key (an admin's link, `pnpm roster recovery-key`) is the way back in for someone
  // who lost their device: it proves the person on its own, like authentik's recovery key.
  skip: ({ subject }) => subject.enteredWithRecoveryKey,

  async enter(context): Promise<EntryOutcome | null> {
    if ((await acceptedClasses(context)).length > 0) return null;
    const owned = await confirmedDeviceClasses(context.em, provenUser(context).id, deviceClasses);
    if (owned.length > 0) return { kind: "finish", result: { type: "denied", message: mfaMessages.deviceNotAccepted(owned) } };
    const action = settingsOf(context).notConfiguredAction;
    if (action === "skip") return { kind: "next" };
    if (action === "deny") return { kind: "finish", result: { type: "denied", message: mfaMessages.noDevice } };
    return null;
  },

  async challenge(context) {
    const classes = await acceptedClasses(context);
    if (classes.length === 0) {
      const setupClass = settingsOf(context).configureDeviceClass;
      const fields = (await setupStages[setupClass].challenge?.(context)) ?? {};
      return { ...fields, component: `authenticator_${setupClass}` as const };
    }
    const deviceChallenges: TDeviceChallenge[] = [];
    for (const deviceClass of classes) {
      if (deviceClass !== "webauthn") {
        deviceChallenges.push({ deviceClass });
        continue;
      }
      const options = await authenticationOptions(context.em, await relyingParty(context), provenUser(context).id);
      context.scratch.setup = { ...context.scratch.setup, webauthnChallenge: options.challenge };
      deviceChallenges.push({ deviceClass, authentication: options as unknown as Record<string, unknown> });
    }
    return { deviceChallenges };
  },

  async respond(context, response): Promise<StageOutcome> {
    const { em, subject, origin } = context;
    const user = provenUser(context);
    const classes = await acceptedClasses(context);
    if (classes.length === 0) {
      const setupClass = settingsOf(context).configureDeviceClass;
      const outcome = (await setupStages[setupClass].respond?.(context, response)) ?? { kind: "retry" };
      if (outcome.kind === "next") subject.prove(user.id, proofOfClass[setupClass]);
      return outcome;
    }
    const hasCode = typeof response.code === "string" && response.code.trim() !== "";
    if (!hasCode && !(response.webauthn && typeof response.webauthn === "object")) return { kind: "retry", fieldErrors: { code: ["This field may not be blank."] } };
    const attempt = loginAttemptOf(context);
    await reserveLoginAttempt(em, attempt);
    const accepted = await acceptedClass(context, classes, response);
    if (!accepted) {
      await recordEvent(em, { action: "login_failed", actor: null, origin, targetUserId: user.id, context: { username: subject.typedName || user.username, stage: "authenticator_validate" } });
      return { kind: "retry", error: response.webauthn ? mfaMessages.invalidWebauthn : mfaMessages.invalidCode };
    }
    await giveBackLoginAttempt(em, attempt);
    subject.prove(user.id, proofOfClass[accepted]);
    context.scratch.setup = { ...context.scratch.setup, webauthnChallenge: undefined };
    return next;
  },
};
