/**
 * Sign-in's second factor (SPEC §12). A user with a confirmed device of the stage's classes
 * answers with a code (authenticator app or recovery code) or a WebAuthn assertion; failures
 * count in the sign-in throttle like wrong passwords. A user without one is let through (`skip`),
 * refused (`deny`), or sent through setup first (`configure`, "require MFA"): the stage then asks
 * what the setup stage of `configureDeviceClass` asks, before any session exists.
 */
import { amrOfDeviceClass, mfaMessages, ZAuthenticatorValidateSettings, type TAuthenticatorValidateSettings, type TDeviceChallenge, type TDeviceClass } from "@roster/core";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { giveBackLoginAttempt, reserveLoginAttempt } from "../../auth/login-throttle.js";
import { confirmedDeviceClasses, markDeviceUsed } from "../../authenticators/devices.js";
import { useRecoveryCode } from "../../authenticators/recovery-codes.js";
import { acceptTotpCodeOfUser } from "../../authenticators/totp.js";
import { authenticationOptions, verifyAssertion } from "../../authenticators/webauthn.js";
import { recordEvent } from "../../events/record-event.js";
import { next, type EntryOutcome, type StageContext, type StageHandler, type StageOutcome } from "../stage-handler.js";
import { authenticatorStaticStage } from "./authenticator-static.js";
import { authenticatorTotpStage } from "./authenticator-totp.js";
import { authenticatorWebauthnStage } from "./authenticator-webauthn.js";
import { relyingParty } from "./enrolling-user.js";
import { addAuthenticationMethod, loginAttemptOf } from "./login-attempt.js";
import { enteredViaToken } from "./via-token.js";

const setupStages: Record<TDeviceClass, StageHandler> = {
  totp: authenticatorTotpStage,
  static: authenticatorStaticStage,
  webauthn: authenticatorWebauthnStage,
};

const settingsOf = (context: StageContext): TAuthenticatorValidateSettings => ZAuthenticatorValidateSettings.parse(context.stage.settings);

async function userClasses(context: StageContext): Promise<TDeviceClass[]> {
  return context.state.userId ? confirmedDeviceClasses(context.em, context.state.userId, settingsOf(context).deviceClasses) : [];
}

/** Checks the answer against the user's devices: the class that accepted it, or null. */
async function acceptedClass(context: StageContext, classes: TDeviceClass[], response: Record<string, unknown>): Promise<TDeviceClass | null> {
  const { em, state, secretKey } = context;
  const userId = state.userId ?? "";
  if (response.webauthn && typeof response.webauthn === "object") {
    const challenge = typeof state.data.webauthnChallenge === "string" ? state.data.webauthnChallenge : null;
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
  // A recovery key (an admin's link, `pnpm roster recovery-key`) is the way back in for someone
  // who lost their device: it proves the person on its own, like authentik's recovery key.
  skip: enteredViaToken,

  async enter(context): Promise<EntryOutcome | null> {
    // Without a known, password-proven user the login stage that follows refuses anyway.
    if (!context.state.userId || context.state.data.authenticated !== true) return { kind: "next" };
    if ((await userClasses(context)).length > 0) return null;
    const action = settingsOf(context).notConfiguredAction;
    if (action === "skip") return { kind: "next" };
    if (action === "deny") return { kind: "finish", result: { type: "denied", message: mfaMessages.noDevice } };
    return null;
  },

  async challenge(context) {
    const classes = await userClasses(context);
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
      const options = await authenticationOptions(context.em, await relyingParty(context), context.state.userId ?? "");
      context.state.data = { ...context.state.data, webauthnChallenge: options.challenge };
      deviceChallenges.push({ deviceClass, authentication: options as unknown as Record<string, unknown> });
    }
    return { deviceChallenges };
  },

  async respond(context, response): Promise<StageOutcome> {
    const { em, state, origin } = context;
    const classes = await userClasses(context);
    if (classes.length === 0) {
      const setupClass = settingsOf(context).configureDeviceClass;
      const outcome = (await setupStages[setupClass].respond?.(context, response)) ?? { kind: "retry" };
      if (outcome.kind === "next") addAuthenticationMethod(state, amrOfDeviceClass[setupClass]);
      return outcome;
    }
    const hasCode = typeof response.code === "string" && response.code.trim() !== "";
    if (!hasCode && !(response.webauthn && typeof response.webauthn === "object")) return { kind: "retry", fieldErrors: { code: ["This field may not be blank."] } };
    const attempt = loginAttemptOf(context);
    await reserveLoginAttempt(em, attempt);
    const accepted = await acceptedClass(context, classes, response);
    if (!accepted) {
      await recordEvent(em, { action: "login_failed", actor: null, origin, targetUserId: state.userId, context: { username: typeof state.data.uid === "string" ? state.data.uid : "", stage: "authenticator_validate" } });
      return { kind: "retry", error: response.webauthn ? mfaMessages.invalidWebauthn : mfaMessages.invalidCode };
    }
    await giveBackLoginAttempt(em, attempt);
    addAuthenticationMethod(state, amrOfDeviceClass[accepted]);
    state.data = { ...state.data, webauthnChallenge: null };
    return next;
  },
};
